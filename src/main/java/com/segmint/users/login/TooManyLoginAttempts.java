package com.segmint.users.login;

import java.time.Duration;

/** Too many failed logins lately for the account or the client address (429). */
public class TooManyLoginAttempts extends RuntimeException {

  private final Duration retryAfter;

  TooManyLoginAttempts(Duration retryAfter) {
    super("Too many failed logins; try again later");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds until the next attempt may succeed, at least one. */
  public long retryAfterSeconds() {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
