package com.segmint.publishing.dispatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.users.SocialProfiles;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The dispatcher against a platform over real HTTP (a WireMock stub that counts what it saw). */
@SegmintIntegrationTest
@Import(TestPublishers.class)
class PublishOverHttpTests {

  private static final Instant DUE = Instant.parse("2001-09-01T10:00:00Z");

  @Autowired PlatformPostDispatcher dispatcher;
  @Autowired SocialProfiles profiles;

  private DuePosts posts;

  @BeforeEach
  void createCreator() {
    posts = new DuePosts(profiles);
  }

  @Test
  void shouldMakeATimeoutAfterThePlatformGotThePostUnknownAndNotRetryIt() {
    int post = posts.dueAt(SocialPlatform.Instagram, DUE);
    String text = text(post);
    TestPublishers.PLATFORM.stubFor(
        post("/posts")
            .withRequestBody(containing(text))
            .willReturn(aResponse().withStatus(201).withBody("ig-" + post).withFixedDelay(8000)));

    drain(DUE);
    drain(DUE.plus(Duration.ofDays(2)));

    assertThat(DuePosts.row(post))
        .containsEntry("status", "unknown")
        .containsEntry("error_kind", "unknown_outcome");
    assertThat(callsWith(text)).isEqualTo(1);
  }

  @Test
  void shouldRetryA503BeforeSendingAndPostItOnce() {
    int post = posts.dueAt(SocialPlatform.Instagram, DUE);
    String text = text(post);
    String scenario = "503 then created " + post;
    TestPublishers.PLATFORM.stubFor(
        post("/posts")
            .withRequestBody(containing(text))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"unavailable\"}"))
            .willSetStateTo("recovered"));
    TestPublishers.PLATFORM.stubFor(
        post("/posts")
            .withRequestBody(containing(text))
            .inScenario(scenario)
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withStatus(201).withBody("ig-" + post)));

    drain(DUE);
    assertThat(DuePosts.row(post))
        .containsEntry("status", "scheduled")
        .containsEntry("error_kind", "transient");
    drain(DUE.plus(Duration.ofMinutes(5)));
    drain(DUE.plus(Duration.ofDays(2)));

    assertThat(DuePosts.row(post))
        .containsEntry("status", "posted")
        .containsEntry("remote_id", "ig-" + post)
        .containsEntry("attempts", 2);
    assertThat(DuePosts.errors(post))
        .singleElement()
        .satisfies(error -> assertThat(error).containsEntry("http_status", 503));
    assertThat(callsWith(text)).isEqualTo(2);
  }

  private void drain(Instant now) {
    int claimed;
    do {
      claimed = dispatcher.dispatchDue("http-test-worker", now);
    } while (claimed > 0);
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
