package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;

/**
 * The answer to a fault in an adapter itself: the request may have gone out before it, so the
 * outcome is unknown and the post waits for reconciliation instead of risking a second copy.
 */
final class AdapterErrors {

  private AdapterErrors() {}

  static Failed unexpected(RuntimeException exception) {
    return HttpFailures.failed(
        PostErrorKind.unknown_outcome,
        "adapter fault, the call may have reached the platform: "
            + exception.getClass().getSimpleName());
  }
}
