package com.segmint.publishing.adapters;

import java.time.Duration;

/**
 * Timeouts for the adapter tests: generous where a test expects an answer (the build machine is
 * shared and slow), short where it expects the read to time out, with a stub slower still.
 */
final class Timeouts {

  static final Duration CONNECT = Duration.ofSeconds(5);
  static final Duration READ = Duration.ofSeconds(10);
  static final Duration SHORT_READ = Duration.ofSeconds(2);
  static final int SLOWER_THAN_SHORT_READ_MILLIS = 6_000;

  private Timeouts() {}
}
