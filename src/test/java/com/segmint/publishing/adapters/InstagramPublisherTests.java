package com.segmint.publishing.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.PublishOutcome;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import com.segmint.publishing.dispatch.PublishOutcome.Published;
import com.segmint.publishing.dispatch.PublishRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstagramPublisherTests {

  private static final String USER = "17841400000000001";
  private static final String MEDIA = "/v23.0/" + USER + "/media";
  private static final String PUBLISH = "/v23.0/" + USER + "/media_publish";
  private static final String PERMALINK = "https://www.instagram.com/p/C9xyz/";

  @RegisterExtension
  static WireMockExtension graph =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final InstagramPublisher publisher =
      new InstagramPublisher(
          new InstagramProperties(
              URI.create(graph.baseUrl()),
              "v23.0",
              Duration.ofMillis(10),
              Duration.ofMillis(40),
              5,
              Duration.ofHours(1),
              Timeouts.CONNECT,
              Timeouts.READ));

  @BeforeEach
  void stubTheAccountWithQuotaLeft() {
    graph.stubFor(
        get(urlPathEqualTo("/v23.0/me"))
            .withQueryParam("fields", equalTo("user_id,username"))
            .willReturn(okJson("{\"user_id\":\"" + USER + "\",\"username\":\"segmint\"}")));
    stubQuotaUsage(3);
    graph.stubFor(
        get(urlPathEqualTo("/v23.0/m1"))
            .willReturn(okJson("{\"permalink\":\"" + PERMALINK + "\",\"id\":\"m1\"}")));
  }

  @Test
  void shouldCreateAContainerPollUntilFinishedAndPublishIt() {
    graph.stubFor(post(MEDIA).willReturn(okJson("{\"id\":\"c1\"}")));
    stubStatuses("c1", "IN_PROGRESS", "IN_PROGRESS", "FINISHED");
    graph.stubFor(post(urlPathEqualTo(PUBLISH)).willReturn(okJson("{\"id\":\"m1\"}")));

    PublishOutcome outcome = publisher.publish(withImage("Sunrise over the bay #sea"));

    assertThat(outcome).isEqualTo(new Published("m1", PERMALINK));
    graph.verify(
        postRequestedFor(urlPathEqualTo(MEDIA))
            .withHeader("Authorization", equalTo("Bearer " + Requests.TOKEN))
            .withFormParam("image_url", equalTo("https://media.segmint.example/a.jpg"))
            .withFormParam("caption", equalTo("Sunrise over the bay #sea")));
    graph.verify(3, getRequestedFor(urlPathEqualTo("/v23.0/c1")));
    graph.verify(
        postRequestedFor(urlPathEqualTo(PUBLISH)).withQueryParam("creation_id", equalTo("c1")));
  }

  @Test
  void shouldAnswerBadRequestWithoutPublishingWhenTheContainerFails() {
    graph.stubFor(post(MEDIA).willReturn(okJson("{\"id\":\"c1\"}")));
    graph.stubFor(
        get(urlPathEqualTo("/v23.0/c1"))
            .willReturn(
                okJson(
                    "{\"status_code\":\"ERROR\",\"status\":\"Error: Media download has failed."
                        + " The media URI doesn't meet our requirements.\",\"id\":\"c1\"}")));

    Failed failed = (Failed) publisher.publish(withImage("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
    assertThat(failed.message()).contains("ERROR").contains("Media download has failed");
    graph.verify(0, postRequestedFor(urlPathEqualTo(PUBLISH)));
  }

  @Test
  void shouldPollAgainAndPublishWhenInstagramAnswersMediaNotReady() {
    graph.stubFor(post(MEDIA).willReturn(okJson("{\"id\":\"c1\"}")));
    stubStatuses("c1", "FINISHED", "IN_PROGRESS", "FINISHED");
    graph.stubFor(
        post(urlPathEqualTo(PUBLISH))
            .inScenario("publish")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                graphError(
                    400,
                    "{\"error\":{\"message\":\"Media ID is not available\",\"type\":\"OAuthException\","
                        + "\"code\":9007,\"error_subcode\":2207027}}"))
            .willSetStateTo("ready"));
    graph.stubFor(
        post(urlPathEqualTo(PUBLISH))
            .inScenario("publish")
            .whenScenarioStateIs("ready")
            .willReturn(okJson("{\"id\":\"m1\"}")));

    PublishOutcome outcome = publisher.publish(withImage("Hello"));

    assertThat(outcome).isEqualTo(new Published("m1", PERMALINK));
    graph.verify(2, postRequestedFor(urlPathEqualTo(PUBLISH)));
    graph.verify(3, getRequestedFor(urlPathEqualTo("/v23.0/c1")));
  }

  @Test
  void shouldAnswerRateLimitedWithoutCreatingAContainerWhenTheQuotaIsUsed() {
    stubQuotaUsage(50);

    Failed failed = (Failed) publisher.publish(withImage("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.rate_limited);
    assertThat(failed.retryAfter()).isEqualTo(Duration.ofHours(1));
    graph.verify(0, postRequestedFor(urlPathEqualTo(MEDIA)));
  }

  @Test
  void shouldPublishSeveralFilesAsACarousel() {
    graph.stubFor(
        post(MEDIA)
            .withFormParam("image_url", equalTo("https://media.segmint.example/a.jpg"))
            .willReturn(okJson("{\"id\":\"c1\"}")));
    graph.stubFor(
        post(MEDIA)
            .withFormParam("video_url", equalTo("https://media.segmint.example/v.mp4"))
            .willReturn(okJson("{\"id\":\"c2\"}")));
    graph.stubFor(
        post(MEDIA)
            .withFormParam("media_type", equalTo("CAROUSEL"))
            .willReturn(okJson("{\"id\":\"c3\"}")));
    stubStatuses("c1", "FINISHED");
    stubStatuses("c2", "FINISHED");
    stubStatuses("c3", "FINISHED");
    graph.stubFor(post(urlPathEqualTo(PUBLISH)).willReturn(okJson("{\"id\":\"m1\"}")));

    PublishOutcome outcome =
        publisher.publish(
            Requests.withMedia(
                "Two views", List.of(), List.of(Media.image(), Media.video(Path.of("v.mp4"), 9))));

    assertThat(outcome).isEqualTo(new Published("m1", PERMALINK));
    graph.verify(
        postRequestedFor(urlPathEqualTo(MEDIA))
            .withFormParam("media_type", equalTo("VIDEO"))
            .withFormParam("is_carousel_item", equalTo("true")));
    graph.verify(
        postRequestedFor(urlPathEqualTo(MEDIA))
            .withFormParam("children", equalTo("c1,c2"))
            .withFormParam("caption", equalTo("Two views")));
    graph.verify(
        postRequestedFor(urlPathEqualTo(PUBLISH)).withQueryParam("creation_id", equalTo("c3")));
  }

  @Test
  void shouldPublishASingleVideoAsAReel() {
    graph.stubFor(post(MEDIA).willReturn(okJson("{\"id\":\"c1\"}")));
    stubStatuses("c1", "FINISHED");
    graph.stubFor(post(urlPathEqualTo(PUBLISH)).willReturn(okJson("{\"id\":\"m1\"}")));

    publisher.publish(
        Requests.withMedia("Reel", List.of(), List.of(Media.video(Path.of("v.mp4"), 9))));

    graph.verify(
        postRequestedFor(urlPathEqualTo(MEDIA))
            .withFormParam("media_type", equalTo("REELS"))
            .withFormParam("video_url", equalTo("https://media.segmint.example/v.mp4")));
  }

  @Test
  void shouldAnswerUnknownOutcomeWhenMediaPublishFailsOnTheServer() {
    graph.stubFor(post(MEDIA).willReturn(okJson("{\"id\":\"c1\"}")));
    stubStatuses("c1", "FINISHED");
    graph.stubFor(
        post(urlPathEqualTo(PUBLISH))
            .willReturn(
                graphError(
                    500, "{\"error\":{\"message\":\"An unknown error occurred\",\"code\":1}}")));

    Failed failed = (Failed) publisher.publish(withImage("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.unknown_outcome);
  }

  @Test
  void shouldAnswerTransientWhenTheContainerCannotBeCreated() {
    graph.stubFor(post(MEDIA).willReturn(aResponse().withStatus(502)));

    Failed failed = (Failed) publisher.publish(withImage("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.transient_);
  }

  @Test
  void shouldReadGraphErrorCodesForTokenAndRateLimit() {
    graph.stubFor(
        post(MEDIA)
            .willReturn(
                graphError(
                        400,
                        "{\"error\":{\"message\":\"Application request limit reached\",\"code\":4}}")
                    .withHeader(
                        "X-Business-Use-Case-Usage",
                        "{\""
                            + USER
                            + "\":[{\"type\":\"instagram\",\"call_count\":100,"
                            + "\"estimated_time_to_regain_access\":12}]}")));

    Failed limited = (Failed) publisher.publish(withImage("Hello"));

    assertThat(limited.kind()).isEqualTo(PostErrorKind.rate_limited);
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofMinutes(12));

    graph.stubFor(
        get(urlPathEqualTo("/v23.0/me"))
            .willReturn(
                graphError(
                    400,
                    "{\"error\":{\"message\":\"Error validating access token\",\"code\":190}}")));

    assertThat(((Failed) publisher.publish(withImage("Hello"))).kind())
        .isEqualTo(PostErrorKind.auth);
  }

  @Test
  void shouldRefuseAPostWithoutMedia() {
    Failed failed = (Failed) publisher.publish(Requests.text("Only words"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
    graph.verify(0, getRequestedFor(urlPathEqualTo("/v23.0/me")));
  }

  @Test
  void shouldReconcileByFindingTheCaptionAmongRecentMedia() {
    graph.stubFor(
        get(urlPathEqualTo(MEDIA))
            .willReturn(
                okJson(
                    "{\"data\":[{\"id\":\"m0\",\"caption\":\"Older\"},"
                        + "{\"id\":\"m9\",\"caption\":\"Hello\",\"permalink\":\""
                        + PERMALINK
                        + "\"}]}")));

    assertThat(publisher.reconcile(withImage("Hello"))).contains(new Published("m9", PERMALINK));
    assertThat(publisher.reconcile(withImage("Never posted"))).isEmpty();
  }

  private void stubQuotaUsage(int usage) {
    graph.stubFor(
        get(urlPathEqualTo("/v23.0/" + USER + "/content_publishing_limit"))
            .willReturn(
                okJson(
                    "{\"data\":[{\"quota_usage\":"
                        + usage
                        + ",\"config\":{\"quota_total\":50,\"quota_duration\":86400}}]}")));
  }

  private void stubStatuses(String container, String... statuses) {
    String state = STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = i == statuses.length - 1 ? state : container + "-" + (i + 1);
      graph.stubFor(
          get(urlPathEqualTo("/v23.0/" + container))
              .withQueryParam("fields", equalTo("status_code,status"))
              .inScenario(container)
              .whenScenarioStateIs(state)
              .willReturn(
                  okJson("{\"status_code\":\"" + statuses[i] + "\",\"id\":\"" + container + "\"}"))
              .willSetStateTo(next));
      state = next;
    }
  }

  private static ResponseDefinitionBuilder graphError(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static PublishRequest withImage(String caption) {
    return Requests.withMedia(caption, List.of(), List.of(Media.image()));
  }
}
