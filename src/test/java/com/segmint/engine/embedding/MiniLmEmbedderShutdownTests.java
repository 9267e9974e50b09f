package com.segmint.engine.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The model runs in native code that crashes the JVM if it still runs when the process exits: the
 * context's shutdown must wait for it.
 */
class MiniLmEmbedderShutdownTests {

  @Test
  void shouldWaitForTheModelsWorkInProgressThenRefuseMore() throws Exception {
    MiniLmEmbedder embedder = new MiniLmEmbedder(false);
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Long> inProgress =
        CompletableFuture.supplyAsync(
            () ->
                embedder.using(
                    () -> {
                      started.countDown();
                      sleep(300);
                      return System.nanoTime();
                    }));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    embedder.stop();
    long stoppedAt = System.nanoTime();

    assertThat(inProgress.get(10, TimeUnit.SECONDS)).isLessThan(stoppedAt);
    assertThatThrownBy(() -> embedder.embed(List.of("one more")))
        .isInstanceOf(IllegalStateException.class);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
