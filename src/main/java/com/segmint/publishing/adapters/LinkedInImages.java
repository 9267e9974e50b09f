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
 * Uploads a post's images through LinkedIn's Images API before the post: {@code POST
 * /rest/images?action=initializeUpload} names an upload URL and an image URN, a {@code PUT} of the
 * bytes fills it. An upload publishes nothing. A video goes through {@link LinkedInVideos}.
 */
final class LinkedInImages {

  static final int MAX_IMAGES = 20;

  private final LinkedInProperties properties;
  private final PlatformHttp http;

  LinkedInImages(LinkedInProperties properties, PlatformHttp http) {
    this.properties = properties;
    this.http = http;
  }

  /** Null when the media can go to LinkedIn, else why not. */
  static String refusal(List<MediaFile> media) {
    boolean video = media.stream().anyMatch(file -> "video".equals(file.kind()));
    if (video && media.size() > 1) {
      return "LinkedIn takes one video alone, without other media: nothing was sent";
    }
    if (video && media.get(0).sizeBytes() < LinkedInVideos.MIN_BYTES) {
      return "LinkedIn takes videos of at least 75 KB: nothing was sent";
    }
    if (video && media.get(0).sizeBytes() > LinkedInVideos.MAX_BYTES) {
      return "LinkedIn takes videos up to 5 GB: nothing was sent";
    }
    if (media.size() > MAX_IMAGES) {
      return "LinkedIn takes at most " + MAX_IMAGES + " images: nothing was sent";
    }
    return null;
  }

  /** A call to LinkedIn's versioned REST API. */
  static HttpRequest.Builder rest(LinkedInProperties properties, String path, String token) {
    return HttpRequest.newBuilder(Endpoints.under(properties.baseUrl(), path))
        .header("Authorization", "Bearer " + token)
        .header("LinkedIn-Version", properties.version())
        .header("X-Restli-Protocol-Version", "2.0.0");
  }

  List<String> upload(String owner, List<MediaFile> media, String token) {
    List<String> urns = new ArrayList<>();
    for (MediaFile image : media) {
      urns.add(uploadOne(owner, image, token));
    }
    return urns;
  }

  private String uploadOne(String owner, MediaFile image, String token) {
    String request = JsonBodies.write(Map.of("initializeUploadRequest", Map.of("owner", owner)));
    HttpRequest.Builder initialize =
        rest(properties, "/rest/images?action=initializeUpload", token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request));
    HttpReply reply = http.prepare(initialize, token);
    JsonNode value = JsonBodies.read(reply.body()).path("value");
    String uploadUrl =
        JsonBodies.require(value.path("uploadUrl"), reply, "upload URL", PostErrorKind.transient_);
    String urn =
        JsonBodies.require(value.path("image"), reply, "image URN", PostErrorKind.transient_);
    http.prepare(
        HttpRequest.newBuilder(URI.create(uploadUrl))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", image.mimeType())
            .PUT(HttpRequest.BodyPublishers.ofByteArray(MediaFiles.bytes(image))),
        token);
    return urn;
  }
}
