package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.PostErrorKind;

/**
 * What one claimed post's attempt came to; {@code publisher} and {@code request} are null when the
 * post could not be sent at all (no tokens, no publisher), so there is nothing to reconcile.
 */
record Attempt(
    Claim claim, PlatformPublisher publisher, PublishRequest request, PublishOutcome outcome) {

  static Attempt notSent(Claim claim, PublishOutcome.Failed failure) {
    return new Attempt(claim, null, null, failure);
  }

  boolean unknown() {
    return publisher != null
        && outcome instanceof PublishOutcome.Failed failed
        && failed.kind() == PostErrorKind.unknown_outcome;
  }
}
