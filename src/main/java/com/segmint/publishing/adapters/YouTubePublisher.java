package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.publishing.dispatch.MediaFile;
import com.segmint.publishing.dispatch.PlatformPublisher;
import com.segmint.publishing.dispatch.PublishOutcome;
import com.segmint.publishing.dispatch.PublishOutcome.Published;
import com.segmint.publishing.dispatch.PublishRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * YouTube Data API v3 resumable {@code videos.insert}: open an upload session with the snippet,
 * then send the file to the session's URI. Opening a session publishes nothing; the upload is
 * resumed through the session when it is interrupted, and the session's status also settles whether
 * an interrupted upload completed.
 */
@Component
class YouTubePublisher implements PlatformPublisher {

  private final YouTubeProperties properties;
  private final PlatformHttp http;
  private final YouTubeUpload upload;
  private final YouTubeChannel channel;

  YouTubePublisher(YouTubeProperties properties) {
    Clock clock = Clock.systemUTC();
    this.properties = properties;
    this.http =
        new PlatformHttp(
            properties.connectTimeout(),
            properties.readTimeout(),
            reply -> YouTubeErrors.classify(reply, clock));
    PlatformHttp uploads =
        new PlatformHttp(
            properties.connectTimeout(),
            properties.uploadTimeout(),
            reply -> YouTubeErrors.classify(reply, clock));
    this.upload = new YouTubeUpload(properties, http, uploads);
    this.channel = new YouTubeChannel(properties, http);
  }

  @Override
  public SocialPlatform platform() {
    return SocialPlatform.YouTube;
  }

  @Override
  public PublishOutcome publish(PublishRequest request) {
    Optional<MediaFile> video =
        request.media().stream().filter(file -> "video".equals(file.kind())).findFirst();
    if (video.isEmpty() || request.title() == null || request.title().isBlank()) {
      return HttpFailures.failed(
          PostErrorKind.bad_request, "YouTube needs a video and a title: nothing was sent");
    }
    String token = request.tokens().accessToken();
    try {
      URI session = openSession(request, video.get(), token);
      String id = upload.send(session, video.get(), token);
      return new Published(id, watchUrl(id));
    } catch (PublishFailure failure) {
      return failure.outcome();
    } catch (RuntimeException unexpected) {
      return AdapterErrors.unexpected(unexpected);
    }
  }

  @Override
  public Optional<Published> reconcile(PublishRequest request) {
    return channel
        .findRecentUpload(request.title(), request.tokens().accessToken())
        .map(id -> new Published(id, watchUrl(id)));
  }

  private URI openSession(PublishRequest request, MediaFile video, String token) {
    URI start =
        Endpoints.under(
            properties.baseUrl(),
            "/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status");
    HttpRequest.Builder call =
        HttpRequest.newBuilder(start)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json; charset=UTF-8")
            .header("X-Upload-Content-Length", Long.toString(YouTubeUpload.size(video)))
            .header("X-Upload-Content-Type", video.mimeType())
            .POST(HttpRequest.BodyPublishers.ofString(JsonBodies.write(metadata(request))));
    HttpReply reply = http.prepare(call, token);
    String location =
        reply
            .header("location")
            .orElseThrow(
                () ->
                    new PublishFailure(
                        HttpFailures.fromReply(
                            PostErrorKind.transient_,
                            "YouTube opened no upload session (no Location)",
                            reply,
                            null)));
    return URI.create(location);
  }

  private Map<String, Object> metadata(PublishRequest request) {
    Map<String, Object> snippet = new LinkedHashMap<>();
    snippet.put("title", request.title());
    snippet.put("description", request.text());
    snippet.put("categoryId", properties.categoryId());
    return Map.of(
        "snippet",
        snippet,
        "status",
        Map.of("privacyStatus", properties.privacyStatus(), "selfDeclaredMadeForKids", false));
  }

  private String watchUrl(String id) {
    return Endpoints.under(properties.webUrl(), "/watch?v=" + Endpoints.encode(id)).toString();
  }
}
