package com.segmint.publishing.adapters;

import com.segmint.publishing.dispatch.PublishOutcome;

/**
 * Carries a classified failure out of an adapter's call sequence to its {@code publish}, which
 * answers it; never escapes an adapter.
 */
final class PublishFailure extends RuntimeException {

  private final transient PublishOutcome.Failed outcome;

  PublishFailure(PublishOutcome.Failed outcome) {
    super(outcome.message(), null, false, false);
    this.outcome = outcome;
  }

  PublishOutcome.Failed outcome() {
    return outcome;
  }
}
