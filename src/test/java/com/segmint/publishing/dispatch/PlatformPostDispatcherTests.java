package com.segmint.publishing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.users.SocialProfiles;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@SegmintIntegrationTest
@Import(TestPublishers.class)
class PlatformPostDispatcherTests {

  private static final Instant DUE = Instant.parse("2001-03-01T10:00:00Z");

  @Autowired PlatformPostDispatcher dispatcher;
  @Autowired ScriptedPublisher linkedIn;
  @Autowired SocialProfiles profiles;

  private DuePosts posts;

  @BeforeEach
  void createCreator() {
    posts = new DuePosts(profiles);
  }

  @Test
  void shouldPublishADuePostOnceWithItsRemoteIdAndUrl() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);

    drain(DUE);
    drain(DUE.plus(Duration.ofDays(1)));

    Map<String, Object> row = DuePosts.row(post);
    assertThat(row.get("status")).hasToString("posted");
    assertThat(row.get("remote_id")).isEqualTo("urn:li:share:" + post);
    assertThat(row.get("remote_url").toString()).endsWith("urn:li:share:" + post);
    assertThat(row.get("posted_at")).isNotNull();
    assertThat(row.get("lease_until")).isNull();
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat(linkedIn.calls(post)).isEqualTo(1);
  }

  @Test
  void shouldFailAPostThePlatformRefusesAndKeepItsRawResponse() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    linkedIn.answer(post, refused(PostErrorKind.bad_request, 422, "{\"message\":\"too long\"}"));

    drain(DUE);
    drain(DUE.plus(Duration.ofDays(1)));

    assertThat(DuePosts.row(post))
        .containsEntry("status", "failed")
        .containsEntry("error_kind", "bad_request");
    assertThat(DuePosts.errors(post))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error).containsEntry("http_status", 422).containsEntry("attempt", 1);
              assertThat(error.get("response_body")).isEqualTo("{\"message\":\"too long\"}");
              assertThat(error.get("response_headers").toString()).contains("x-request-id");
            });
    assertThat(linkedIn.calls(post)).isEqualTo(1);
  }

  @Test
  void shouldFailAPostWhoseTokenIsRefused() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    linkedIn.answer(post, refused(PostErrorKind.auth, 401, "{\"message\":\"expired token\"}"));

    drain(DUE);

    assertThat(DuePosts.row(post))
        .containsEntry("status", "failed")
        .containsEntry("error_kind", "auth");
  }

  @Test
  void shouldLeaveAnUnknownOutcomeUnknownAndNeverRetryIt() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    linkedIn.answer(post, refused(PostErrorKind.unknown_outcome, null, null));

    drain(DUE);
    drain(DUE.plus(Duration.ofDays(30)));

    assertThat(DuePosts.row(post))
        .containsEntry("status", "unknown")
        .containsEntry("error_kind", "unknown_outcome");
    assertThat(DuePosts.errors(post)).hasSize(1);
    assertThat(linkedIn.calls(post)).isEqualTo(1);
  }

  @Test
  void shouldPostAnUnknownPostThePlatformSaysItHas() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    linkedIn.answer(post, refused(PostErrorKind.unknown_outcome, null, null));
    linkedIn.knowsItHas(post);

    drain(DUE);

    assertThat(DuePosts.row(post))
        .containsEntry("status", "posted")
        .containsEntry("remote_id", "urn:li:share:" + post);
    assertThat(linkedIn.calls(post)).isEqualTo(1);
  }

  @Test
  void shouldRetryARateLimitedPostNotBeforeRetryAfterThenPostIt() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    linkedIn.answer(post, rateLimited(Duration.ofMinutes(2)));

    drain(DUE);
    assertThat(DuePosts.row(post))
        .containsEntry("status", "scheduled")
        .containsEntry("error_kind", "rate_limited");
    drain(DUE.plus(Duration.ofMinutes(1)));
    assertThat(linkedIn.calls(post)).isEqualTo(1);
    drain(DUE.plus(Duration.ofMinutes(3)));

    assertThat(DuePosts.row(post))
        .containsEntry("status", "posted")
        .containsEntry("attempts", 2)
        .containsEntry("error_kind", null);
    assertThat(linkedIn.calls(post)).isEqualTo(2);
    assertThat(DuePosts.errors(post)).hasSize(1);
  }

  @Test
  void shouldGiveUpOnATransientFailureAfterTheLastAttempt() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    PublishOutcome unavailable = refused(PostErrorKind.transient_, 503, "busy");
    linkedIn.answer(post, unavailable, unavailable, unavailable, unavailable, unavailable);

    for (int hour = 0; hour < 8; hour++) {
      drain(DUE.plus(Duration.ofHours(hour)));
    }

    Map<String, Object> row = DuePosts.row(post);
    assertThat(row).containsEntry("status", "failed").containsEntry("attempts", 5);
    assertThat(row.get("error_message").toString()).startsWith("Gave up after 5 attempts");
    assertThat(linkedIn.calls(post)).isEqualTo(5);
    assertThat(DuePosts.errors(post)).hasSize(5);
  }

  @Test
  void shouldPublishNineOClockBerlinAt0800ZInWinterAnd0700ZInSummer() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Instant winter = LocalDateTime.parse("2001-01-15T09:00").atZone(berlin).toInstant();
    Instant summer = LocalDateTime.parse("2001-07-15T09:00").atZone(berlin).toInstant();
    int winterPost = posts.dueAt(SocialPlatform.LinkedIn, winter);
    int summerPost = posts.dueAt(SocialPlatform.LinkedIn, summer);

    drain(Instant.parse("2001-01-15T07:59:59Z"));
    assertThat(DuePosts.status(winterPost)).isEqualTo("scheduled");
    drain(Instant.parse("2001-01-15T08:00:00Z"));
    assertThat(DuePosts.status(winterPost)).isEqualTo("posted");

    drain(Instant.parse("2001-07-15T06:59:59Z"));
    assertThat(DuePosts.status(summerPost)).isEqualTo("scheduled");
    drain(Instant.parse("2001-07-15T07:00:00Z"));
    assertThat(DuePosts.status(summerPost)).isEqualTo("posted");
  }

  private void drain(Instant now) {
    int claimed;
    do {
      claimed = dispatcher.dispatchDue("test-worker", now);
    } while (claimed > 0);
  }

  static PublishOutcome.Failed refused(PostErrorKind kind, Integer status, String body) {
    return new PublishOutcome.Failed(
        kind, "refused: " + kind.getLiteral(), status, Map.of("x-request-id", "r-1"), body, null);
  }

  private static PublishOutcome.Failed rateLimited(Duration retryAfter) {
    return new PublishOutcome.Failed(
        PostErrorKind.rate_limited,
        "HTTP 429",
        429,
        Map.of("retry-after", "120"),
        "{}",
        retryAfter);
  }
}
