package com.segmint.publishing.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.PublishOutcome;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import com.segmint.publishing.dispatch.PublishOutcome.Published;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LinkedInPublisherTests {

  private static final String SHARE = "urn:li:share:6844785523593134080";

  @RegisterExtension
  static WireMockExtension linkedIn =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final LinkedInPublisher publisher =
      new LinkedInPublisher(
          new LinkedInProperties(
              URI.create(linkedIn.baseUrl()),
              "202510",
              URI.create("https://www.linkedin.com"),
              Timeouts.CONNECT,
              Timeouts.READ));

  @BeforeEach
  void stubTheMember() {
    linkedIn.stubFor(
        get("/v2/userinfo").willReturn(okJson("{\"sub\":\"782bbtaQ\",\"name\":\"Ada\"}")));
  }

  @Test
  void shouldPostEscapedCommentaryAsTheMemberAndAnswerTheRestliId() {
    linkedIn.stubFor(
        post("/rest/posts")
            .willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));

    PublishOutcome outcome =
        publisher.publish(
            Requests.text("Ship it (v2) #launch @team_a ~ *bold* [x] {y} <z> | a\\b"));

    assertThat(outcome)
        .isEqualTo(new Published(SHARE, "https://www.linkedin.com/feed/update/" + SHARE + "/"));
    linkedIn.verify(
        postRequestedFor(urlEqualTo("/rest/posts"))
            .withHeader("Authorization", equalTo("Bearer " + Requests.TOKEN))
            .withHeader("LinkedIn-Version", equalTo("202510"))
            .withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
            .withRequestBody(
                equalToJson(
                    """
                    {"author": "urn:li:person:782bbtaQ",
                     "commentary": "Ship it \\\\(v2\\\\) \\\\#launch \\\\@team\\\\_a \\\\~ \\\\*bold\\\\* \\\\[x\\\\] \\\\{y\\\\} \\\\<z\\\\> \\\\| a\\\\\\\\b",
                     "visibility": "PUBLIC",
                     "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                                      "thirdPartyDistributionChannels": []},
                     "lifecycleState": "PUBLISHED",
                     "isReshareDisabledByAuthor": false}
                    """)));
  }

  @Test
  void shouldPostAsTheOrganizationWhoseUrnIsTheHandle() {
    linkedIn.stubFor(
        post("/rest/posts")
            .willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));

    publisher.publish(Requests.of("urn:li:organization:5515715", "Hello", List.of(), List.of()));

    linkedIn.verify(0, getRequestedFor(urlEqualTo("/v2/userinfo")));
    linkedIn.verify(
        postRequestedFor(urlEqualTo("/rest/posts"))
            .withRequestBody(
                equalToJson("{\"author\":\"urn:li:organization:5515715\"}", true, true)));
  }

  @Test
  void shouldAnswerUnknownOutcomeWhenTheAcceptedPostHasNoId() {
    linkedIn.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(201)));

    Failed failed = (Failed) publisher.publish(Requests.text("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.unknown_outcome);
    assertThat(failed.httpStatus()).isEqualTo(201);
  }

  @Test
  void shouldAnswerRateLimitedWithRetryAfter() {
    linkedIn.stubFor(
        post("/rest/posts")
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "60")
                    .withBody("{\"status\":429,\"message\":\"Resource level throttle limit\"}")));

    Failed failed = (Failed) publisher.publish(Requests.text("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.rate_limited);
    assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(failed.responseBody()).contains("throttle");
  }

  @Test
  void shouldAnswerBadRequestWhenLinkedInRefusesThePost() {
    linkedIn.stubFor(
        post("/rest/posts")
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withBody(
                        "{\"status\":422,\"message\":\"ERROR :: /commentary :: too long\"}")));

    Failed failed = (Failed) publisher.publish(Requests.text("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
    assertThat(failed.httpStatus()).isEqualTo(422);
  }

  @Test
  void shouldAnswerTransientWithoutPostingWhenTheMemberLookupFails() {
    linkedIn.stubFor(get("/v2/userinfo").willReturn(aResponse().withStatus(500)));

    Failed failed = (Failed) publisher.publish(Requests.text("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.transient_);
    linkedIn.verify(0, postRequestedFor(urlEqualTo("/rest/posts")));
  }

  @Test
  void shouldAnswerAuthWhenTheTokenIsRefused() {
    linkedIn.stubFor(
        get("/v2/userinfo")
            .willReturn(aResponse().withStatus(401).withBody("{\"serviceErrorCode\":65600}")));

    Failed failed = (Failed) publisher.publish(Requests.text("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.auth);
  }

  @Test
  void shouldUploadImagesThroughTheImagesApiAndAttachThemToThePost(@TempDir Path directory)
      throws IOException {
    Path photo = Files.write(directory.resolve("photo.jpg"), new byte[] {7, 8, 9});
    linkedIn.stubFor(
        post(urlEqualTo("/rest/images?action=initializeUpload"))
            .willReturn(
                okJson(
                    "{\"value\":{\"uploadUrlExpiresAt\":1650567510704,\"uploadUrl\":\""
                        + linkedIn.baseUrl()
                        + "/dms-uploads/abc\",\"image\":\"urn:li:image:C4E10AQ\"}}")));
    linkedIn.stubFor(put("/dms-uploads/abc").willReturn(aResponse().withStatus(201)));
    linkedIn.stubFor(
        post("/rest/posts")
            .willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));

    PublishOutcome outcome =
        publisher.publish(Requests.withMedia("Look", List.of(), List.of(Media.image(photo))));

    assertThat(outcome).isInstanceOf(Published.class);
    linkedIn.verify(
        postRequestedFor(urlEqualTo("/rest/images?action=initializeUpload"))
            .withHeader("LinkedIn-Version", equalTo("202510"))
            .withRequestBody(
                equalToJson(
                    "{\"initializeUploadRequest\":{\"owner\":\"urn:li:person:782bbtaQ\"}}")));
    linkedIn.verify(
        putRequestedFor(urlEqualTo("/dms-uploads/abc"))
            .withRequestBody(binaryEqualTo(new byte[] {7, 8, 9})));
    linkedIn.verify(
        postRequestedFor(urlEqualTo("/rest/posts"))
            .withRequestBody(
                equalToJson(
                    "{\"content\":{\"media\":{\"id\":\"urn:li:image:C4E10AQ\"}}}", true, true)));
  }

  @Test
  void shouldRefuseVideoBeforeSendingAnything() {
    Failed failed =
        (Failed)
            publisher.publish(
                Requests.withMedia("Hi", List.of(), List.of(Media.video(Path.of("v.mp4"), 9))));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
    linkedIn.verify(0, getRequestedFor(urlEqualTo("/v2/userinfo")));
  }
}
