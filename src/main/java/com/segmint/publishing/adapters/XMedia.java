package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.MediaFile;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploads a post's images with {@code POST /2/media/upload} (multipart, {@code
 * media_category=tweet_image}) before the post; an upload publishes nothing. X takes up to four
 * images; videos need X's chunked upload, which Segmint does not do yet.
 */
final class XMedia {

  static final int MAX_IMAGES = 4;

  private final XProperties properties;
  private final PlatformHttp http;

  XMedia(XProperties properties, PlatformHttp http) {
    this.properties = properties;
    this.http = http;
  }

  /** Null when the media can go to X, else why not. */
  static String refusal(List<MediaFile> media) {
    if (media.stream().anyMatch(file -> !"image".equals(file.kind()))) {
      return "video on X is not supported yet: nothing was sent";
    }
    if (media.size() > MAX_IMAGES) {
      return "X takes at most " + MAX_IMAGES + " images: nothing was sent";
    }
    return null;
  }

  List<String> upload(List<MediaFile> media, String token) {
    List<String> ids = new ArrayList<>();
    for (MediaFile image : media) {
      ids.add(uploadOne(image, token));
    }
    return ids;
  }

  private String uploadOne(MediaFile image, String token) {
    MultipartBody body =
        new MultipartBody()
            .field("media_category", "tweet_image")
            .file(
                "media",
                image.file().getFileName().toString(),
                image.mimeType(),
                MediaFiles.bytes(image));
    HttpRequest.Builder call =
        HttpRequest.newBuilder(Endpoints.under(properties.baseUrl(), "/2/media/upload"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    HttpReply reply = http.prepare(call, token);
    return JsonBodies.require(
        JsonBodies.read(reply.body()).path("data").path("id"),
        reply,
        "media id",
        PostErrorKind.transient_);
  }
}
