package com.segmint.users.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The recent failures of each key within a sliding window: a key with {@code limit} failures in the
 * window is blocked until the oldest of them leaves it.
 */
final class FailureLog {

  private static final int MAX_KEYS = 100_000;

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Cache<String, Deque<Instant>> failures;

  FailureLog(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    this.failures = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).build();
  }

  void record(String key) {
    Deque<Instant> log = failures.get(key, ignored -> new ArrayDeque<>());
    Instant now = clock.instant();
    synchronized (log) {
      forgetOlderThanWindow(log, now);
      log.addLast(now);
      while (log.size() > limit) {
        log.removeFirst();
      }
    }
  }

  /** How long {@code key} must wait before its next attempt; zero when it may try now. */
  Duration blockedFor(String key) {
    Deque<Instant> log = failures.getIfPresent(key);
    if (log == null) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    synchronized (log) {
      forgetOlderThanWindow(log, now);
      if (log.size() < limit) {
        return Duration.ZERO;
      }
      return Duration.between(now, log.peekFirst().plus(window));
    }
  }

  void clear(String key) {
    failures.invalidate(key);
  }

  private void forgetOlderThanWindow(Deque<Instant> log, Instant now) {
    Instant start = now.minus(window);
    while (!log.isEmpty() && !log.peekFirst().isAfter(start)) {
      log.removeFirst();
    }
  }
}
