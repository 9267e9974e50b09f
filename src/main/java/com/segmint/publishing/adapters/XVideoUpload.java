package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.MediaFile;
import java.net.http.HttpRequest;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Uploads a video with X's chunked upload on {@code /2/media/upload}: {@code INIT} (size, type,
 * {@code tweet_video}), one {@code APPEND} per segment, {@code FINALIZE}, then {@code STATUS} polls
 * while X transcodes ({@code pending}/{@code in_progress}), each after X's {@code
 * check_after_secs}. Nothing is published by an upload, so every failure here is retryable or a bad
 * request, never an unknown outcome.
 */
final class XVideoUpload {

  private static final String UPLOAD = "/2/media/upload";

  private final XProperties properties;
  private final PlatformHttp http;

  XVideoUpload(XProperties properties, PlatformHttp http) {
    this.properties = properties;
    this.http = http;
  }

  /** Returns the media id once X has processed the video. */
  String upload(MediaFile video, String token) {
    String mediaId = initialize(video, token);
    long chunk = properties.chunkSize().toBytes();
    try (VideoFile file = VideoFile.open(video)) {
      for (long first = 0, segment = 0; first < video.sizeBytes(); first += chunk, segment++) {
        long last = Math.min(first + chunk, video.sizeBytes()) - 1;
        append(mediaId, segment, file.read(first, last), token);
      }
    }
    MultipartBody finalize =
        new MultipartBody().field("command", "FINALIZE").field("media_id", mediaId);
    awaitProcessed(mediaId, post(finalize, token), token);
    return mediaId;
  }

  private String initialize(MediaFile video, String token) {
    MultipartBody body =
        new MultipartBody()
            .field("command", "INIT")
            .field("total_bytes", Long.toString(video.sizeBytes()))
            .field("media_type", video.mimeType())
            .field("media_category", "tweet_video");
    HttpReply reply = post(body, token);
    return JsonBodies.require(
        JsonBodies.read(reply.body()).path("data").path("id"),
        reply,
        "media id",
        PostErrorKind.transient_);
  }

  private void append(String mediaId, long segment, byte[] chunk, String token) {
    MultipartBody body =
        new MultipartBody()
            .field("command", "APPEND")
            .field("media_id", mediaId)
            .field("segment_index", Long.toString(segment))
            .file("media", "segment-" + segment, "application/octet-stream", chunk);
    post(body, token);
  }

  private HttpReply post(MultipartBody body, String token) {
    HttpRequest.Builder call =
        HttpRequest.newBuilder(Endpoints.under(properties.baseUrl(), UPLOAD))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    return http.prepare(call, token);
  }

  private void awaitProcessed(String mediaId, HttpReply finalized, String token) {
    HttpReply reply = finalized;
    for (int poll = 0; stillProcessing(reply); poll++) {
      if (poll >= properties.maxStatusPolls()) {
        throw new PublishFailure(
            HttpFailures.failed(
                PostErrorKind.transient_,
                "X was still processing the video after %d status checks: nothing published"
                    .formatted(poll)));
      }
      Polls.sleep(
          Duration.ofSeconds(Math.max(processing(reply).path("check_after_secs").asLong(1), 0)));
      reply = status(mediaId, token);
    }
  }

  /** False once X has processed the video, or had nothing to process; a failure is refused. */
  private static boolean stillProcessing(HttpReply reply) {
    JsonNode processing = processing(reply);
    String state = processing.path("state").asString("succeeded");
    if ("failed".equals(state)) {
      throw new PublishFailure(
          HttpFailures.fromReply(
              PostErrorKind.bad_request,
              "X could not process the video: "
                  + processing.path("error").path("message").asString(""),
              reply,
              null));
    }
    return !"succeeded".equals(state);
  }

  private static JsonNode processing(HttpReply reply) {
    return JsonBodies.read(reply.body()).path("data").path("processing_info");
  }

  private HttpReply status(String mediaId, String token) {
    HttpRequest.Builder call =
        HttpRequest.newBuilder(
                Endpoints.under(
                    properties.baseUrl(),
                    UPLOAD + "?command=STATUS&media_id=" + Endpoints.encode(mediaId)))
            .header("Authorization", "Bearer " + token)
            .GET();
    return http.prepare(call, token);
  }
}
