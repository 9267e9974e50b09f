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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
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
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LinkedInPublisherTests {

  private static final String SHARE = "urn:li:share:6844785523593134080";
  private static final String VIDEO = "urn:li:video:C5F10AQGKQg_6y2a4sQ";
  private static final String VIDEO_PATH = "/rest/videos/urn%3Ali%3Avideo%3AC5F10AQGKQg_6y2a4sQ";
  private static final int VIDEO_BYTES = 80 * 1024;
  private static final int PART = 50 * 1024;

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
              Timeouts.READ,
              Duration.ofMillis(10),
              5));

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
  void shouldUploadAVideoInPartsFinalizeItWaitUntilAvailableAndPostIt(@TempDir Path directory)
      throws IOException {
    byte[] bytes = new byte[VIDEO_BYTES];
    new Random(4).nextBytes(bytes);
    Path clip = Files.write(directory.resolve("clip.mp4"), bytes);
    stubInitializedVideo();
    linkedIn.stubFor(
        put("/uploads/part-1")
            .willReturn(aResponse().withStatus(200).withHeader("ETag", "etag-1")));
    linkedIn.stubFor(
        put("/uploads/part-2")
            .willReturn(aResponse().withStatus(200).withHeader("ETag", "etag-2")));
    linkedIn.stubFor(
        post(urlEqualTo("/rest/videos?action=finalizeUpload"))
            .willReturn(aResponse().withStatus(200)));
    stubVideoStatuses("PROCESSING", "AVAILABLE");
    linkedIn.stubFor(
        post("/rest/posts")
            .willReturn(aResponse().withStatus(201).withHeader("x-restli-id", SHARE)));

    PublishOutcome outcome =
        publisher.publish(
            Requests.withMedia("Watch", List.of(), List.of(Media.video(clip, VIDEO_BYTES))));

    assertThat(outcome).isInstanceOf(Published.class);
    linkedIn.verify(
        postRequestedFor(urlEqualTo("/rest/videos?action=initializeUpload"))
            .withHeader("LinkedIn-Version", equalTo("202510"))
            .withRequestBody(
                equalToJson(
                    "{\"initializeUploadRequest\":{\"owner\":\"urn:li:person:782bbtaQ\","
                        + "\"fileSizeBytes\":%d,\"uploadCaptions\":false,\"uploadThumbnail\":false}}"
                            .formatted(VIDEO_BYTES))));
    linkedIn.verify(
        putRequestedFor(urlEqualTo("/uploads/part-1"))
            .withRequestBody(binaryEqualTo(Arrays.copyOfRange(bytes, 0, PART))));
    linkedIn.verify(
        putRequestedFor(urlEqualTo("/uploads/part-2"))
            .withRequestBody(binaryEqualTo(Arrays.copyOfRange(bytes, PART, VIDEO_BYTES))));
    linkedIn.verify(
        postRequestedFor(urlEqualTo("/rest/videos?action=finalizeUpload"))
            .withRequestBody(
                equalToJson(
                    "{\"finalizeUploadRequest\":{\"video\":\"%s\",\"uploadToken\":\"\","
                            .formatted(VIDEO)
                        + "\"uploadedPartIds\":[\"etag-1\",\"etag-2\"]}}")));
    linkedIn.verify(2, getRequestedFor(urlEqualTo(VIDEO_PATH)));
    linkedIn.verify(
        postRequestedFor(urlEqualTo("/rest/posts"))
            .withRequestBody(
                equalToJson("{\"content\":{\"media\":{\"id\":\"" + VIDEO + "\"}}}", true, true)));
  }

  @Test
  void shouldAnswerBadRequestWithoutPostingWhenLinkedInCannotProcessTheVideo(
      @TempDir Path directory) throws IOException {
    Path clip = Files.write(directory.resolve("clip.mp4"), new byte[VIDEO_BYTES]);
    stubInitializedVideo();
    linkedIn.stubFor(
        put(urlPathMatching("/uploads/.*"))
            .willReturn(aResponse().withStatus(200).withHeader("ETag", "e")));
    linkedIn.stubFor(
        post(urlEqualTo("/rest/videos?action=finalizeUpload"))
            .willReturn(aResponse().withStatus(200)));
    stubVideoStatuses("PROCESSING", "PROCESSING_FAILED");

    Failed failed =
        (Failed)
            publisher.publish(
                Requests.withMedia("Watch", List.of(), List.of(Media.video(clip, VIDEO_BYTES))));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
    linkedIn.verify(0, postRequestedFor(urlEqualTo("/rest/posts")));
  }

  @Test
  void shouldRefuseAVideoUnder75KilobytesBeforeSendingAnything() {
    Failed failed =
        (Failed)
            publisher.publish(
                Requests.withMedia("Hi", List.of(), List.of(Media.video(Path.of("v.mp4"), 9))));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
    linkedIn.verify(0, getRequestedFor(urlEqualTo("/v2/userinfo")));
  }

  private void stubInitializedVideo() {
    linkedIn.stubFor(
        post(urlEqualTo("/rest/videos?action=initializeUpload"))
            .willReturn(
                okJson(
                    """
                    {"value": {"uploadUrlsExpireAt": 1650567510704, "video": "%s",
                      "uploadInstructions": [
                        {"uploadUrl": "%s/uploads/part-1", "firstByte": 0, "lastByte": %d},
                        {"uploadUrl": "%s/uploads/part-2", "firstByte": %d, "lastByte": %d}],
                      "uploadToken": ""}}
                    """
                        .formatted(
                            VIDEO,
                            linkedIn.baseUrl(),
                            PART - 1,
                            linkedIn.baseUrl(),
                            PART,
                            VIDEO_BYTES - 1))));
  }

  private void stubVideoStatuses(String first, String then) {
    linkedIn.stubFor(
        get(urlEqualTo(VIDEO_PATH))
            .inScenario("processing")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson("{\"id\":\"" + VIDEO + "\",\"status\":\"" + first + "\"}"))
            .willSetStateTo("processed"));
    linkedIn.stubFor(
        get(urlEqualTo(VIDEO_PATH))
            .inScenario("processing")
            .whenScenarioStateIs("processed")
            .willReturn(okJson("{\"id\":\"" + VIDEO + "\",\"status\":\"" + then + "\"}")));
  }
}
