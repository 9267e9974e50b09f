package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.MediaFile;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploads a post's media before the post; an upload publishes nothing. Images go whole with {@code
 * POST /2/media/upload} (multipart, {@code media_category=tweet_image}), up to four; a video,
 * alone, goes through the chunked upload ({@link XVideoUpload}), up to 512 MB.
 */
final class XMedia {

  static final int MAX_IMAGES = 4;
  static final long MAX_VIDEO_BYTES = 512L * 1024 * 1024;

  private final XProperties properties;
  private final PlatformHttp http;
  private final XVideoUpload videos;

  XMedia(XProperties properties, PlatformHttp http) {
    this.properties = properties;
    this.http = http;
    this.videos = new XVideoUpload(properties, http);
  }

  /** Null when the media can go to X, else why not. */
  static String refusal(List<MediaFile> media) {
    boolean video = media.stream().anyMatch(file -> "video".equals(file.kind()));
    if (video && media.size() > 1) {
      return "X takes one video alone, without other media: nothing was sent";
    }
    if (video && media.get(0).sizeBytes() > MAX_VIDEO_BYTES) {
      return "X takes videos up to 512 MB: nothing was sent";
    }
    if (media.size() > MAX_IMAGES) {
      return "X takes at most " + MAX_IMAGES + " images: nothing was sent";
    }
    return null;
  }

  List<String> upload(List<MediaFile> media, String token) {
    if (media.size() == 1 && "video".equals(media.get(0).kind())) {
      return List.of(videos.upload(media.get(0), token));
    }
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
