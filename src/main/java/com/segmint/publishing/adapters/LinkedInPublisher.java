package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.publishing.PlatformTexts;
import com.segmint.publishing.dispatch.MediaFile;
import com.segmint.publishing.dispatch.PlatformPublisher;
import com.segmint.publishing.dispatch.PublishOutcome;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import com.segmint.publishing.dispatch.PublishOutcome.Published;
import com.segmint.publishing.dispatch.PublishRequest;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * LinkedIn Posts API: {@code POST /rest/posts} as the member (or the organization whose URN is the
 * profile's handle), commentary in escaped little text, the new post's URN from the {@code
 * x-restli-id} header. No {@code reconcile}: listing a member's posts needs {@code
 * r_member_social}, a permission LinkedIn grants only to partners, so an unknown outcome goes to a
 * person.
 */
@Component
class LinkedInPublisher implements PlatformPublisher {

  private static final PlatformTexts TEXTS = new PlatformTexts();

  private final LinkedInProperties properties;
  private final PlatformHttp http;
  private final Clock clock = Clock.systemUTC();
  private final LinkedInImages images;
  private final LinkedInVideos videos;

  LinkedInPublisher(LinkedInProperties properties) {
    this.properties = properties;
    this.http =
        new PlatformHttp(properties.connectTimeout(), properties.readTimeout(), this::classify);
    this.images = new LinkedInImages(properties, http);
    this.videos = new LinkedInVideos(properties, http);
  }

  @Override
  public SocialPlatform platform() {
    return SocialPlatform.LinkedIn;
  }

  @Override
  public PublishOutcome publish(PublishRequest request) {
    String refusal = LinkedInImages.refusal(request.media());
    if (refusal != null) {
      return HttpFailures.failed(PostErrorKind.bad_request, refusal);
    }
    String token = request.tokens().accessToken();
    try {
      String author = author(request.handle(), token);
      List<String> mediaUrns = uploadMedia(author, request, token);
      String urn = post(author, request.text(), mediaUrns, token);
      return new Published(
          urn, Endpoints.under(properties.webUrl(), "/feed/update/" + urn + "/").toString());
    } catch (PublishFailure failure) {
      return failure.outcome();
    } catch (RuntimeException unexpected) {
      return AdapterErrors.unexpected(unexpected);
    }
  }

  private List<String> uploadMedia(String author, PublishRequest request, String token) {
    List<MediaFile> media = request.media();
    if (media.size() == 1 && "video".equals(media.get(0).kind())) {
      return List.of(videos.upload(author, media.get(0), token));
    }
    return images.upload(author, media, token);
  }

  /** The handle when it is already a URN (an organization page), else the member's own URN. */
  private String author(String handle, String token) {
    if (handle != null && handle.startsWith("urn:li:")) {
      return handle;
    }
    HttpRequest.Builder call =
        HttpRequest.newBuilder(Endpoints.under(properties.baseUrl(), "/v2/userinfo"))
            .header("Authorization", "Bearer " + token)
            .GET();
    HttpReply reply = http.prepare(call, token);
    String sub =
        JsonBodies.require(
            JsonBodies.read(reply.body()).path("sub"),
            reply,
            "member id (sub)",
            PostErrorKind.transient_);
    return "urn:li:person:" + sub;
  }

  private String post(String author, String text, List<String> mediaUrns, String token) {
    String body = JsonBodies.write(body(author, text, mediaUrns));
    HttpRequest.Builder call =
        LinkedInImages.rest(properties, "/rest/posts", token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    HttpReply reply = http.send(call, token);
    return reply
        .header("x-restli-id")
        .filter(id -> !id.isBlank())
        .orElseThrow(
            () ->
                new PublishFailure(
                    HttpFailures.fromReply(
                        PostErrorKind.unknown_outcome,
                        "LinkedIn accepted the post without an x-restli-id",
                        reply,
                        null)));
  }

  /** One image or the video is {@code content.media}; several images are a multi-image post. */
  private static Map<String, Object> body(String author, String text, List<String> mediaUrns) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("author", author);
    body.put("commentary", TEXTS.linkedInCommentary(text));
    body.put("visibility", "PUBLIC");
    body.put(
        "distribution",
        Map.of(
            "feedDistribution", "MAIN_FEED",
            "targetEntities", List.of(),
            "thirdPartyDistributionChannels", List.of()));
    body.put("lifecycleState", "PUBLISHED");
    body.put("isReshareDisabledByAuthor", false);
    if (mediaUrns.size() == 1) {
      body.put("content", Map.of("media", Map.of("id", mediaUrns.get(0))));
    } else if (mediaUrns.size() > 1) {
      List<Map<String, String>> images = mediaUrns.stream().map(urn -> Map.of("id", urn)).toList();
      body.put("content", Map.of("multiImage", Map.of("images", images)));
    }
    return body;
  }

  private Failed classify(HttpReply reply) {
    return HttpFailures.ofResponse(reply, RetryHints.retryAfter(reply, clock));
  }
}
