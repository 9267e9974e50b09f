package com.segmint.publishing.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * When an attempt that provably did not publish is tried again: after the platform's Retry-After
 * when it gave one, else after an exponential backoff; never once the attempts reach the cap.
 */
@Component
class RetryPolicy {

  private final DispatcherProperties properties;

  RetryPolicy(DispatcherProperties properties) {
    this.properties = properties;
  }

  /** The next attempt's time, or empty when the post has had its last attempt. */
  Optional<Instant> nextAttempt(int attemptsSoFar, Duration retryAfter, Instant now) {
    if (attemptsSoFar >= properties.maxAttempts()) {
      return Optional.empty();
    }
    Duration wait =
        retryAfter != null && !retryAfter.isNegative() ? retryAfter : backoff(attemptsSoFar);
    return Optional.of(now.plus(wait));
  }

  private Duration backoff(int attemptsSoFar) {
    int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
    Duration wait = properties.backoff().multipliedBy(1L << doublings);
    return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
  }
}
