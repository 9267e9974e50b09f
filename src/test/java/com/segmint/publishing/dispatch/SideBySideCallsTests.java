package com.segmint.publishing.dispatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.users.SocialProfiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The posts of one round go out side by side, and each outcome is recorded as soon as its call is
 * back, not when the round's slowest call is. The times are before any other test's posts, so a
 * round claims only this test's.
 */
@SegmintIntegrationTest
@Import(TestPublishers.class)
class SideBySideCallsTests {

  private static final Duration SLOW = Duration.ofMillis(1500);

  @Autowired PlatformPostDispatcher dispatcher;
  @Autowired SocialProfiles profiles;

  private DuePosts posts;

  @BeforeEach
  void createCreator() {
    posts = new DuePosts(profiles);
  }

  @Test
  void shouldSendTheRoundsPostsSideBySide() {
    Instant due = Instant.parse("1999-01-01T09:00:00Z");
    List<Integer> round =
        posts.dueAt(posts.profile(SocialPlatform.Instagram), SocialPlatform.Instagram, 6, due);
    round.forEach(post -> answerAfter(post, SLOW));

    long started = System.nanoTime();
    int claimed = dispatcher.dispatchDue("side-by-side-worker", due);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(claimed).isEqualTo(6);
    assertThat(took).isLessThan(SLOW.multipliedBy(3));
    round.forEach(post -> assertThat(DuePosts.status(post)).isEqualTo("posted"));
    round.forEach(post -> assertThat(callsWith(text(post))).isEqualTo(1));
  }

  @Test
  void shouldRecordAFastOutcomeWhileASlowCallOfTheSameRoundIsOut() {
    Instant due = Instant.parse("1999-02-01T09:00:00Z");
    int profile = posts.profile(SocialPlatform.Instagram);
    int slow = posts.dueAt(profile, SocialPlatform.Instagram, 1, due).get(0);
    int fast = posts.dueAt(profile, SocialPlatform.Instagram, 1, due).get(0);
    answerAfter(slow, Duration.ofSeconds(4));
    answerAfter(fast, Duration.ZERO);

    CompletableFuture<Integer> round =
        CompletableFuture.supplyAsync(() -> dispatcher.dispatchDue("fast-and-slow-worker", due));
    String fastWhileSlowIsOut = statusOnceSettled(fast, Duration.ofSeconds(3));
    String slowMeanwhile = DuePosts.status(slow);

    assertThat(round.join()).isEqualTo(2);
    assertThat(fastWhileSlowIsOut).isEqualTo("posted");
    assertThat(slowMeanwhile).isEqualTo("publishing");
    assertThat(DuePosts.status(slow)).isEqualTo("posted");
  }

  private static void answerAfter(int post, Duration delay) {
    TestPublishers.PLATFORM.stubFor(
        post("/posts")
            .withRequestBody(containing(text(post)))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody("ig-" + post)
                    .withFixedDelay((int) delay.toMillis())));
  }

  /**
   * The post's status once it has left {@code scheduled} and {@code publishing}, or at the limit.
   */
  private static String statusOnceSettled(int post, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    String status = DuePosts.status(post);
    while (List.of("scheduled", "publishing").contains(status) && System.nanoTime() < deadline) {
      sleep();
      status = DuePosts.status(post);
    }
    return status;
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(int post) {
    return DuePosts.row(post).get("body").toString();
  }

  private static int callsWith(String text) {
    return TestPublishers.PLATFORM
        .countRequestsMatching(
            postRequestedFor(urlEqualTo("/posts")).withRequestBody(containing(text)).build())
        .getCount();
  }
}
