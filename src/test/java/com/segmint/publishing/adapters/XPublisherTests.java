package com.segmint.publishing.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class XPublisherTests {

  @RegisterExtension
  static WireMockExtension x =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final XPublisher publisher = publisherAt(URI.create(x.baseUrl()), Timeouts.READ);

  @Test
  void shouldPostTheTextWithTheUsersBearerTokenAndAnswerTheStatusUrl() {
    x.stubFor(post("/2/tweets").willReturn(created("1790000000000000001")));

    PublishOutcome outcome = publisher.publish(Requests.text("Hello from Segmint"));

    assertThat(outcome)
        .isEqualTo(
            new Published(
                "1790000000000000001", "https://x.com/segmint/status/1790000000000000001"));
    x.verify(
        postRequestedFor(urlEqualTo("/2/tweets"))
            .withHeader("Authorization", equalTo("Bearer " + Requests.TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"text\":\"Hello from Segmint\"}")));
  }

  @Test
  void shouldPostEachThreadPartAsAReplyToThePartBefore() {
    stubThreadPart("1/3", null, "100");
    stubThreadPart("2/3", "100", "101");
    stubThreadPart("3/3", "101", "102");

    PublishOutcome outcome =
        publisher.publish(Requests.thread("1/3", List.of("1/3", "2/3", "3/3")));

    assertThat(outcome).isEqualTo(new Published("100", "https://x.com/segmint/status/100"));
    x.verify(
        postRequestedFor(urlEqualTo("/2/tweets"))
            .withRequestBody(
                equalToJson("{\"text\":\"3/3\",\"reply\":{\"in_reply_to_tweet_id\":\"101\"}}")));
    x.verify(3, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void shouldAnswerPublishedWithThePartialThreadWhenALaterPartFails() {
    stubThreadPart("1/3", null, "100");
    x.stubFor(
        post("/2/tweets")
            .withRequestBody(matchingJsonPath("$.text", equalTo("2/3")))
            .willReturn(
                aResponse().withStatus(503).withBody("{\"title\":\"Service Unavailable\"}")));

    PublishOutcome outcome =
        publisher.publish(Requests.thread("1/3", List.of("1/3", "2/3", "3/3")));

    assertThat(outcome).isInstanceOf(Published.class);
    Published published = (Published) outcome;
    assertThat(published.remoteId()).isEqualTo("100");
    assertThat(published.partialFailure().kind()).isEqualTo(PostErrorKind.transient_);
    assertThat(published.partialFailure().message())
        .startsWith("thread incomplete: parts 1-1 of 3 are live, part 2 failed");
    assertThat(published.partialFailure().responseBody()).contains("Service Unavailable");
    x.verify(2, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void shouldAnswerTheFirstPartsFailureWhenNothingWentLive() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(401).withBody("{}")));

    PublishOutcome outcome = publisher.publish(Requests.thread("1/2", List.of("1/2", "2/2")));

    assertThat(outcome).isInstanceOf(Failed.class);
    assertThat(((Failed) outcome).kind()).isEqualTo(PostErrorKind.auth);
    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void shouldAnswerRateLimitedUntilTheResetHeadersEpochSecond() {
    long reset = Instant.now().getEpochSecond() + 120;
    x.stubFor(
        post("/2/tweets")
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("x-rate-limit-limit", "200")
                    .withHeader("x-rate-limit-remaining", "0")
                    .withHeader("x-rate-limit-reset", Long.toString(reset))
                    .withBody("{\"title\":\"Too Many Requests\",\"status\":429}")));

    Failed failed = (Failed) publisher.publish(Requests.text("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.rate_limited);
    assertThat(failed.httpStatus()).isEqualTo(429);
    assertThat(failed.retryAfter()).isBetween(Duration.ofSeconds(115), Duration.ofSeconds(120));
    assertThat(failed.responseHeaders()).containsEntry("x-rate-limit-reset", Long.toString(reset));
    assertThat(failed.responseBody()).contains("Too Many Requests");
  }

  @Test
  void shouldAnswerBadRequestWhenXRefusesADuplicate() {
    x.stubFor(
        post("/2/tweets")
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withBody(
                        "{\"detail\":\"You are not allowed to create a Tweet with duplicate"
                            + " content.\",\"status\":403}")));

    Failed failed = (Failed) publisher.publish(Requests.text("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
  }

  @Test
  void shouldAnswerUnknownOutcomeWhenTheReadTimesOutAfterXReceivedThePost() {
    x.stubFor(
        post("/2/tweets")
            .willReturn(created("1").withFixedDelay(Timeouts.SLOWER_THAN_SHORT_READ_MILLIS)));
    XPublisher impatient = publisherAt(URI.create(x.baseUrl()), Timeouts.SHORT_READ);

    Failed failed = (Failed) impatient.publish(Requests.text("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.unknown_outcome);
    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void shouldAnswerTransientWhenTheConnectionIsRefused() {
    XPublisher offline =
        publisherAt(URI.create("http://localhost:" + Requests.closedPort()), Timeouts.READ);

    Failed failed = (Failed) offline.publish(Requests.text("Hello"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.transient_);
    assertThat(failed.httpStatus()).isNull();
  }

  @Test
  void shouldUploadImagesFirstAndAttachThemToTheFirstPart(@TempDir Path directory)
      throws IOException {
    Path photo = Files.write(directory.resolve("photo.jpg"), new byte[] {1, 2, 3});
    x.stubFor(
        post("/2/media/upload")
            .willReturn(okJson("{\"data\":{\"id\":\"555\",\"media_key\":\"3_555\"}}")));
    x.stubFor(post("/2/tweets").willReturn(created("100")));

    publisher.publish(Requests.withMedia("Look", List.of(), List.of(Media.image(photo))));

    x.verify(
        postRequestedFor(urlEqualTo("/2/media/upload"))
            .withHeader("Authorization", equalTo("Bearer " + Requests.TOKEN))
            .withRequestBodyPart(
                aMultipart("media_category").withBody(equalTo("tweet_image")).build())
            .withRequestBodyPart(
                aMultipart("media").withBody(binaryEqualTo(new byte[] {1, 2, 3})).build()));
    x.verify(
        postRequestedFor(urlEqualTo("/2/tweets"))
            .withRequestBody(
                equalToJson("{\"text\":\"Look\",\"media\":{\"media_ids\":[\"555\"]}}")));
  }

  @Test
  void shouldUploadAVideoInSegmentsWaitWhileXProcessesItAndAttachIt(@TempDir Path directory)
      throws IOException {
    Path clip = Files.write(directory.resolve("clip.mp4"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    stubUploadCommand("INIT", okJson("{\"data\":{\"id\":\"777\",\"media_key\":\"7_777\"}}"));
    stubUploadCommand("APPEND", aResponse().withStatus(204));
    stubUploadCommand("FINALIZE", okJson(processing("pending", 1)));
    x.stubFor(
        get(urlPathEqualTo("/2/media/upload"))
            .withQueryParam("command", equalTo("STATUS"))
            .withQueryParam("media_id", equalTo("777"))
            .inScenario("transcoding")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(processing("in_progress", 0)))
            .willSetStateTo("done"));
    x.stubFor(
        get(urlPathEqualTo("/2/media/upload"))
            .inScenario("transcoding")
            .whenScenarioStateIs("done")
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":\"777\",\"processing_info\":{\"state\":\"succeeded\"}}}")));
    x.stubFor(post("/2/tweets").willReturn(created("100")));

    PublishOutcome outcome =
        publisher.publish(Requests.withMedia("Watch", List.of(), List.of(Media.video(clip, 9))));

    assertThat(outcome).isEqualTo(new Published("100", "https://x.com/segmint/status/100"));
    x.verify(
        postRequestedFor(urlEqualTo("/2/media/upload"))
            .withRequestBodyPart(aMultipart("command").withBody(equalTo("INIT")).build())
            .withRequestBodyPart(aMultipart("total_bytes").withBody(equalTo("9")).build())
            .withRequestBodyPart(aMultipart("media_type").withBody(equalTo("video/mp4")).build())
            .withRequestBodyPart(
                aMultipart("media_category").withBody(equalTo("tweet_video")).build()));
    verifySegment(0, new byte[] {1, 2, 3, 4});
    verifySegment(1, new byte[] {5, 6, 7, 8});
    verifySegment(2, new byte[] {9});
    x.verify(2, getRequestedFor(urlPathEqualTo("/2/media/upload")));
    x.verify(
        postRequestedFor(urlEqualTo("/2/tweets"))
            .withRequestBody(
                equalToJson("{\"text\":\"Watch\",\"media\":{\"media_ids\":[\"777\"]}}")));
  }

  @Test
  void shouldAnswerBadRequestWithoutPostingWhenXCannotProcessTheVideo(@TempDir Path directory)
      throws IOException {
    Path clip = Files.write(directory.resolve("clip.mp4"), new byte[] {1, 2, 3});
    stubUploadCommand("INIT", okJson("{\"data\":{\"id\":\"778\"}}"));
    stubUploadCommand("APPEND", aResponse().withStatus(204));
    stubUploadCommand(
        "FINALIZE",
        okJson(
            "{\"data\":{\"id\":\"778\",\"processing_info\":{\"state\":\"failed\","
                + "\"error\":{\"code\":1,\"name\":\"InvalidMedia\","
                + "\"message\":\"Invalid or Unsupported media\"}}}}"));

    Failed failed =
        (Failed)
            publisher.publish(
                Requests.withMedia("Watch", List.of(), List.of(Media.video(clip, 3))));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
    assertThat(failed.message()).contains("Invalid or Unsupported media");
    x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void shouldAnswerTransientWithoutPostingWhenAVideoSegmentFails(@TempDir Path directory)
      throws IOException {
    Path clip = Files.write(directory.resolve("clip.mp4"), new byte[] {1, 2, 3});
    stubUploadCommand("INIT", okJson("{\"data\":{\"id\":\"779\"}}"));
    stubUploadCommand("APPEND", aResponse().withStatus(500));

    Failed failed =
        (Failed)
            publisher.publish(
                Requests.withMedia("Watch", List.of(), List.of(Media.video(clip, 3))));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.transient_);
    x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void shouldRefuseAVideoWithOtherMediaBeforeSendingAnything() {
    PublishOutcome outcome =
        publisher.publish(
            Requests.withMedia(
                "Hello", List.of(), List.of(Media.video(Path.of("v.mp4"), 9), Media.image())));

    assertThat(((Failed) outcome).kind()).isEqualTo(PostErrorKind.bad_request);
    x.verify(0, postRequestedFor(urlEqualTo("/2/media/upload")));
    x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void shouldReconcileByFindingTheTextAmongTheAccountsLatestPosts() {
    x.stubFor(get("/2/users/me").willReturn(okJson("{\"data\":{\"id\":\"42\"}}")));
    x.stubFor(
        get(urlPathEqualTo("/2/users/42/tweets"))
            .willReturn(
                okJson(
                    "{\"data\":[{\"id\":\"9\",\"text\":\"Older post\"},"
                        + "{\"id\":\"10\",\"text\":\"Read this &amp; more https://t.co/abc"
                        + " https://t.co/photo\"}]}")));

    assertThat(publisher.reconcile(Requests.text("Read this & more https://segmint.example/a")))
        .contains(new Published("10", "https://x.com/segmint/status/10"));
    assertThat(publisher.reconcile(Requests.text("Never posted"))).isEmpty();
  }

  @Test
  void shouldNotReconcileWhenXCannotBeAsked() {
    x.stubFor(get("/2/users/me").willReturn(aResponse().withStatus(500)));

    assertThat(publisher.reconcile(Requests.text("Hello"))).isEmpty();
  }

  private void stubThreadPart(String text, String inReplyTo, String id) {
    var body = matchingJsonPath("$.text", equalTo(text));
    var reply =
        inReplyTo == null
            ? matchingJsonPath("$.reply", absent())
            : matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(inReplyTo));
    x.stubFor(
        post("/2/tweets").withRequestBody(body).withRequestBody(reply).willReturn(created(id)));
  }

  private void stubUploadCommand(String command, ResponseDefinitionBuilder answer) {
    x.stubFor(
        post("/2/media/upload")
            .withMultipartRequestBody(aMultipart("command").withBody(equalTo(command)))
            .willReturn(answer));
  }

  private void verifySegment(int index, byte[] bytes) {
    x.verify(
        postRequestedFor(urlEqualTo("/2/media/upload"))
            .withRequestBodyPart(aMultipart("command").withBody(equalTo("APPEND")).build())
            .withRequestBodyPart(aMultipart("media_id").withBody(equalTo("777")).build())
            .withRequestBodyPart(
                aMultipart("segment_index").withBody(equalTo(Integer.toString(index))).build())
            .withRequestBodyPart(aMultipart("media").withBody(binaryEqualTo(bytes)).build()));
  }

  private static String processing(String state, int checkAfterSeconds) {
    return "{\"data\":{\"id\":\"777\",\"processing_info\":{\"state\":\"%s\",\"check_after_secs\":%d}}}"
        .formatted(state, checkAfterSeconds);
  }

  private static ResponseDefinitionBuilder created(String id) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"" + id + "\",\"text\":\"...\"}}");
  }

  private static XPublisher publisherAt(URI baseUrl, Duration readTimeout) {
    return new XPublisher(
        new XProperties(
            baseUrl,
            URI.create("https://x.com"),
            Timeouts.CONNECT,
            readTimeout,
            DataSize.ofBytes(4),
            5));
  }
}
