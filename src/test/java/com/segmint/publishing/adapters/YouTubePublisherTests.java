package com.segmint.publishing.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.PublishOutcome;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import com.segmint.publishing.dispatch.PublishOutcome.Published;
import com.segmint.publishing.dispatch.PublishRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class YouTubePublisherTests {

  private static final String UPLOAD = "/upload/youtube/v3/videos";
  private static final String VIDEO_ID = "dQw4w9WgXcQ";
  private static final byte[] BYTES = "0123456789".getBytes(StandardCharsets.US_ASCII);

  @RegisterExtension
  static WireMockExtension youTube =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path directory;

  private final YouTubePublisher publisher =
      new YouTubePublisher(
          new YouTubeProperties(
              URI.create(youTube.baseUrl()),
              URI.create("https://www.youtube.com"),
              "22",
              "public",
              2,
              Timeouts.CONNECT,
              Timeouts.READ,
              Timeouts.READ));

  private PublishRequest request;

  @BeforeEach
  void openASession() throws IOException {
    Path file = Files.write(directory.resolve("launch.mp4"), BYTES);
    request =
        Requests.withMedia("What we built", List.of(), List.of(Media.video(file, BYTES.length)));
    youTube.stubFor(
        post(urlPathEqualTo(UPLOAD))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader(
                        "Location",
                        youTube.baseUrl() + UPLOAD + "?uploadType=resumable&upload_id=u1")));
  }

  @Test
  void shouldOpenAResumableSessionAndUploadTheFile() {
    youTube.stubFor(put(urlPathEqualTo(UPLOAD)).willReturn(video()));

    PublishOutcome outcome = publisher.publish(request);

    assertThat(outcome)
        .isEqualTo(new Published(VIDEO_ID, "https://www.youtube.com/watch?v=" + VIDEO_ID));
    youTube.verify(
        postRequestedFor(urlPathEqualTo(UPLOAD))
            .withQueryParam("uploadType", equalTo("resumable"))
            .withQueryParam("part", equalTo("snippet,status"))
            .withHeader("Authorization", equalTo("Bearer " + Requests.TOKEN))
            .withHeader("X-Upload-Content-Length", equalTo("10"))
            .withHeader("X-Upload-Content-Type", equalTo("video/mp4"))
            .withRequestBody(
                equalToJson(
                    """
                    {"snippet": {"title": "Launch day", "description": "What we built",
                                 "categoryId": "22"},
                     "status": {"privacyStatus": "public", "selfDeclaredMadeForKids": false}}
                    """)));
    youTube.verify(
        putRequestedFor(urlPathEqualTo(UPLOAD))
            .withQueryParam("upload_id", equalTo("u1"))
            .withHeader("Content-Type", equalTo("video/mp4"))
            .withRequestBody(binaryEqualTo(BYTES)));
  }

  @Test
  void shouldResumeAnInterruptedUploadFromTheByteAfterTheSessionsRange() {
    youTube.stubFor(
        put(urlPathEqualTo(UPLOAD))
            .withHeader("Content-Range", absent())
            .willReturn(aResponse().withStatus(503)));
    youTube.stubFor(
        put(urlPathEqualTo(UPLOAD))
            .withHeader("Content-Range", equalTo("bytes */10"))
            .willReturn(aResponse().withStatus(308).withHeader("Range", "bytes=0-3")));
    youTube.stubFor(
        put(urlPathEqualTo(UPLOAD))
            .withHeader("Content-Range", equalTo("bytes 4-9/10"))
            .withRequestBody(binaryEqualTo("456789".getBytes(StandardCharsets.US_ASCII)))
            .willReturn(video().withStatus(201)));

    PublishOutcome outcome = publisher.publish(request);

    assertThat(outcome).isInstanceOf(Published.class);
    assertThat(((Published) outcome).remoteId()).isEqualTo(VIDEO_ID);
  }

  @Test
  void shouldAnswerPublishedWhenTheSessionSaysTheInterruptedUploadCompleted() {
    youTube.stubFor(
        put(urlPathEqualTo(UPLOAD))
            .withHeader("Content-Range", absent())
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    youTube.stubFor(
        put(urlPathEqualTo(UPLOAD))
            .withHeader("Content-Range", equalTo("bytes */10"))
            .willReturn(video()));

    PublishOutcome outcome = publisher.publish(request);

    assertThat(outcome)
        .isEqualTo(new Published(VIDEO_ID, "https://www.youtube.com/watch?v=" + VIDEO_ID));
  }

  @Test
  void shouldAnswerUnknownOutcomeWhenTheSessionCannotTellIfTheUploadCompleted() {
    youTube.stubFor(put(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(500)));

    Failed failed = (Failed) publisher.publish(request);

    assertThat(failed.kind()).isEqualTo(PostErrorKind.unknown_outcome);
  }

  @Test
  void shouldAnswerTransientWhenTheUploadStaysIncompleteAfterEveryResume() {
    youTube.stubFor(
        put(urlPathEqualTo(UPLOAD))
            .withHeader("Content-Range", equalTo("bytes */10"))
            .willReturn(aResponse().withStatus(308)));
    youTube.stubFor(
        put(urlPathEqualTo(UPLOAD))
            .withHeader("Content-Range", absent())
            .willReturn(aResponse().withStatus(503)));

    Failed failed = (Failed) publisher.publish(request);

    assertThat(failed.kind()).isEqualTo(PostErrorKind.transient_);
    youTube.verify(
        3, putRequestedFor(urlPathEqualTo(UPLOAD)).withHeader("Content-Range", absent()));
  }

  @Test
  void shouldAnswerRateLimitedWithoutUploadingWhenTheQuotaIsUsed() {
    youTube.stubFor(
        post(urlPathEqualTo(UPLOAD))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withBody(
                        "{\"error\":{\"code\":403,\"message\":\"quota\",\"errors\":"
                            + "[{\"domain\":\"youtube.quota\",\"reason\":\"quotaExceeded\"}]}}")));

    Failed failed = (Failed) publisher.publish(request);

    assertThat(failed.kind()).isEqualTo(PostErrorKind.rate_limited);
    youTube.verify(0, putRequestedFor(urlPathEqualTo(UPLOAD)));
  }

  @Test
  void shouldAnswerBadRequestWhenYouTubeRefusesTheUpload() {
    youTube.stubFor(
        put(urlPathEqualTo(UPLOAD))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":{\"code\":400,\"errors\":[{\"reason\":\"invalidTitle\"}]}}")));

    Failed failed = (Failed) publisher.publish(request);

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
    assertThat(failed.responseBody()).contains("invalidTitle");
  }

  @Test
  void shouldRefuseAPostWithoutAVideo() {
    Failed failed = (Failed) publisher.publish(Requests.text("No video"));

    assertThat(failed.kind()).isEqualTo(PostErrorKind.bad_request);
    youTube.verify(0, postRequestedFor(urlPathEqualTo(UPLOAD)));
  }

  @Test
  void shouldReconcileByFindingTheTitleAmongTheChannelsUploads() {
    youTube.stubFor(
        get(urlPathEqualTo("/youtube/v3/channels"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"contentDetails\":{\"relatedPlaylists\":{\"uploads\":\"UUabc\"}}}]}")));
    youTube.stubFor(
        get(urlPathEqualTo("/youtube/v3/playlistItems"))
            .withQueryParam("playlistId", equalTo("UUabc"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"snippet\":{\"title\":\"Launch day\",\"resourceId\":"
                        + "{\"kind\":\"youtube#video\",\"videoId\":\""
                        + VIDEO_ID
                        + "\"}}}]}")));

    assertThat(publisher.reconcile(request))
        .contains(new Published(VIDEO_ID, "https://www.youtube.com/watch?v=" + VIDEO_ID));
  }

  @Test
  void shouldAnswerTransientWhenTheUploadCannotConnect() {
    youTube.stubFor(
        post(urlPathEqualTo(UPLOAD))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader(
                        "Location",
                        "http://localhost:" + Requests.closedPort() + UPLOAD + "?upload_id=u1")));

    Failed failed = (Failed) publisher.publish(request);

    assertThat(failed.kind()).isEqualTo(PostErrorKind.transient_);
  }

  private static ResponseDefinitionBuilder video() {
    return okJson("{\"kind\":\"youtube#video\",\"id\":\"" + VIDEO_ID + "\"}");
  }
}
