package com.segmint.publishing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.users.SocialProfiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The posts of one round go out side by side, and each outcome is recorded as soon as its call is
 * back, not when the round's slowest call is. LinkedIn is the in-process stand-in, whose calls the
 * tests hold open until they release them. The times are before any other test's posts, so a round
 * claims only this test's.
 */
@SegmintIntegrationTest
@Import(TestPublishers.class)
class SideBySideCallsTests {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired PlatformPostDispatcher dispatcher;
  @Autowired SocialProfiles profiles;
  @Autowired ScriptedPublisher linkedIn;

  private DuePosts posts;

  @BeforeEach
  void createCreator() {
    posts = new DuePosts(profiles);
  }

  @Test
  void shouldSendTheRoundsPostsSideBySide() {
    Instant due = Instant.parse("1999-01-01T09:00:00Z");
    List<Integer> round =
        posts.dueAt(posts.profile(SocialPlatform.LinkedIn), SocialPlatform.LinkedIn, 6, due);
    CountDownLatch release = new CountDownLatch(1);
    round.forEach(post -> linkedIn.holdUntil(post, release));

    CompletableFuture<Integer> dispatched =
        CompletableFuture.supplyAsync(() -> dispatcher.dispatchDue("side-by-side-worker", due));
    boolean allOutAtOnce =
        eventually(() -> round.stream().allMatch(post -> linkedIn.calls(post) == 1));
    release.countDown();

    assertThat(dispatched.join()).isEqualTo(6);
    assertThat(allOutAtOnce).isTrue();
    round.forEach(post -> assertThat(DuePosts.status(post)).isEqualTo("posted"));
    round.forEach(post -> assertThat(linkedIn.calls(post)).isEqualTo(1));
  }

  @Test
  void shouldRecordAFastOutcomeWhileASlowCallOfTheSameRoundIsOut() {
    Instant due = Instant.parse("1999-02-01T09:00:00Z");
    int profile = posts.profile(SocialPlatform.LinkedIn);
    int slow = posts.dueAt(profile, SocialPlatform.LinkedIn, 1, due).get(0);
    int fast = posts.dueAt(profile, SocialPlatform.LinkedIn, 1, due).get(0);
    CountDownLatch release = new CountDownLatch(1);
    linkedIn.holdUntil(slow, release);

    CompletableFuture<Integer> round =
        CompletableFuture.supplyAsync(() -> dispatcher.dispatchDue("fast-and-slow-worker", due));
    boolean fastSettled =
        eventually(() -> !List.of("scheduled", "publishing").contains(DuePosts.status(fast)));
    String fastWhileSlowIsOut = DuePosts.status(fast);
    String slowMeanwhile = DuePosts.status(slow);
    release.countDown();

    assertThat(round.join()).isEqualTo(2);
    assertThat(fastSettled).isTrue();
    assertThat(fastWhileSlowIsOut).isEqualTo("posted");
    assertThat(slowMeanwhile).isEqualTo("publishing");
    assertThat(DuePosts.status(slow)).isEqualTo("posted");
  }

  /** Whether {@code condition} holds within {@link #PATIENCE}, checked every 50 ms. */
  private static boolean eventually(BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      sleep();
    }
    return true;
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
