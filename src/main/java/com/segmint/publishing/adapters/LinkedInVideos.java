package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.MediaFile;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Uploads a video through LinkedIn's Videos API before the post: {@code POST
 * /rest/videos?action=initializeUpload} names the video URN and the byte ranges to {@code PUT}
 * where; each part's {@code ETag} goes into {@code action=finalizeUpload}; then {@code GET
 * /rest/videos/{urn}} is polled until LinkedIn has processed it ({@code AVAILABLE}). An upload
 * publishes nothing, so no failure here is an unknown outcome.
 */
final class LinkedInVideos {

  static final long MIN_BYTES = 75L * 1024;
  static final long MAX_BYTES = 5L * 1024 * 1024 * 1024;

  private final LinkedInProperties properties;
  private final PlatformHttp http;

  LinkedInVideos(LinkedInProperties properties, PlatformHttp http) {
    this.properties = properties;
    this.http = http;
  }

  /** Returns the video's URN once LinkedIn can post it. */
  String upload(String owner, MediaFile video, String token) {
    HttpReply initialized =
        action(
            "initializeUpload",
            Map.of(
                "initializeUploadRequest",
                Map.of(
                    "owner",
                    owner,
                    "fileSizeBytes",
                    video.sizeBytes(),
                    "uploadCaptions",
                    false,
                    "uploadThumbnail",
                    false)),
            token);
    JsonNode value = JsonBodies.read(initialized.body()).path("value");
    String urn =
        JsonBodies.require(value.path("video"), initialized, "video URN", PostErrorKind.transient_);
    List<String> etags = putParts(video, value.path("uploadInstructions"), initialized, token);
    action(
        "finalizeUpload",
        Map.of(
            "finalizeUploadRequest",
            Map.of(
                "video",
                urn,
                "uploadToken",
                value.path("uploadToken").asString(""),
                "uploadedPartIds",
                etags)),
        token);
    awaitAvailable(urn, token);
    return urn;
  }

  private List<String> putParts(
      MediaFile video, JsonNode instructions, HttpReply initialized, String token) {
    if (!instructions.isArray() || instructions.isEmpty()) {
      throw new PublishFailure(
          HttpFailures.fromReply(
              PostErrorKind.transient_, "LinkedIn gave no upload instructions", initialized, null));
    }
    List<String> etags = new ArrayList<>();
    try (VideoFile file = VideoFile.open(video)) {
      for (JsonNode part : instructions) {
        String url =
            JsonBodies.require(
                part.path("uploadUrl"), initialized, "upload URL", PostErrorKind.transient_);
        byte[] bytes = file.read(part.path("firstByte").asLong(), part.path("lastByte").asLong());
        etags.add(put(url, bytes, token));
      }
    }
    return etags;
  }

  private String put(String url, byte[] bytes, String token) {
    HttpReply reply =
        http.prepare(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)),
            token);
    return reply
        .header("etag")
        .filter(etag -> !etag.isBlank())
        .orElseThrow(
            () ->
                new PublishFailure(
                    HttpFailures.fromReply(
                        PostErrorKind.transient_,
                        "LinkedIn took a video part without an ETag",
                        reply,
                        null)));
  }

  private HttpReply action(String action, Map<String, Object> body, String token) {
    return http.prepare(
        LinkedInImages.rest(properties, "/rest/videos?action=" + action, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JsonBodies.write(body))),
        token);
  }

  private void awaitAvailable(String urn, String token) {
    for (int poll = 1; poll <= properties.maxVideoPolls(); poll++) {
      HttpReply reply =
          http.prepare(
              LinkedInImages.rest(properties, "/rest/videos/" + Endpoints.encode(urn), token).GET(),
              token);
      String status = JsonBodies.read(reply.body()).path("status").asString("");
      if ("AVAILABLE".equals(status)) {
        return;
      }
      if ("PROCESSING_FAILED".equals(status)) {
        throw new PublishFailure(
            HttpFailures.fromReply(
                PostErrorKind.bad_request, "LinkedIn could not process the video", reply, null));
      }
      Polls.sleep(properties.videoPollInterval());
    }
    throw new PublishFailure(
        HttpFailures.failed(
            PostErrorKind.transient_,
            "LinkedIn was still processing the video after %d checks: nothing published"
                .formatted(properties.maxVideoPolls())));
  }
}
