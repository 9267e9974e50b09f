package com.segmint.publishing.adapters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads when a platform says to come back: {@code Retry-After} or an epoch-seconds reset. */
final class RetryHints {

  private RetryHints() {}

  /** {@code Retry-After}: delta-seconds or an HTTP-date; null when absent or unreadable. */
  static Duration retryAfter(HttpReply reply, Clock clock) {
    String value = reply.header("retry-after").map(String::trim).orElse(null);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.chars().allMatch(Character::isDigit)) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return nonNegative(Duration.between(clock.instant(), at));
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  /** A reset header holding the epoch second the window reopens (X's x-rate-limit-reset). */
  static Duration untilEpochSecond(HttpReply reply, String header, Clock clock) {
    String value = reply.header(header).map(String::trim).orElse("");
    if (value.isEmpty() || !value.chars().allMatch(Character::isDigit)) {
      return null;
    }
    Instant reset = Instant.ofEpochSecond(Long.parseLong(value));
    return nonNegative(Duration.between(clock.instant(), reset));
  }

  /** The first hint present: {@code Retry-After}, else the reset header. */
  static Duration retryAfterOrReset(HttpReply reply, String resetHeader, Clock clock) {
    Duration retryAfter = retryAfter(reply, clock);
    return retryAfter != null ? retryAfter : untilEpochSecond(reply, resetHeader, clock);
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
