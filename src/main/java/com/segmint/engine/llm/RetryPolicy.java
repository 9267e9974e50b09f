package com.segmint.engine.llm;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a failed call is worth another attempt, and after how long: a 429 or 5xx up to {@code
 * maxRetries} times, after the endpoint's Retry-After if it is small enough (a longer wait fails at
 * once rather than holding the caller), else after an exponential backoff.
 */
record RetryPolicy(int maxRetries, Duration backoff, Duration maxRetryAfter) {

  static RetryPolicy of(LlmProperties properties) {
    return new RetryPolicy(
        properties.maxRetries(), properties.retryBackoff(), properties.maxRetryAfter());
  }

  static boolean retryable(int status) {
    return status == 429 || status >= 500;
  }

  /** The wait before retry number {@code retry} (1 for the first), or empty to give up. */
  Optional<Duration> waitBefore(int retry, int status, Optional<String> retryAfter) {
    if (!retryable(status) || retry > maxRetries) {
      return Optional.empty();
    }
    Duration exponential = backoff.multipliedBy(1L << Math.min(retry - 1, 10));
    Optional<Duration> asked = retryAfter.flatMap(RetryPolicy::parseRetryAfter);
    if (asked.isPresent() && asked.get().compareTo(maxRetryAfter) > 0) {
      return Optional.empty();
    }
    return Optional.of(asked.orElse(exponential));
  }

  private static Optional<Duration> parseRetryAfter(String value) {
    String text = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(until.isNegative() ? Duration.ZERO : until);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
