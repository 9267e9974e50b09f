package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import java.time.Duration;

/** Waiting between polls of a platform that is still processing media, before anything posts. */
final class Polls {

  private Polls() {}

  /** An interrupt is transient: nothing has been published while media is still processing. */
  static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new PublishFailure(
          HttpFailures.failed(PostErrorKind.transient_, "interrupted before publishing"));
    }
  }
}
