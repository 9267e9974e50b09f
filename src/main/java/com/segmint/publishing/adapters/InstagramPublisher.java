package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.publishing.dispatch.MediaFile;
import com.segmint.publishing.dispatch.PlatformPublisher;
import com.segmint.publishing.dispatch.PublishOutcome;
import com.segmint.publishing.dispatch.PublishOutcome.Published;
import com.segmint.publishing.dispatch.PublishRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Instagram Graph API content publishing: check the 24-hour publishing quota, create a media
 * container (a carousel of child containers for several files) from the media's public URLs, wait
 * for it to be {@code FINISHED}, then {@code media_publish} it. Only that last call can publish.
 */
@Component
class InstagramPublisher implements PlatformPublisher {

  private static final int PUBLISH_ATTEMPTS = 3;

  private final InstagramProperties properties;
  private final InstagramGraph graph;
  private final InstagramContainers containers;

  InstagramPublisher(InstagramProperties properties) {
    Clock clock = Clock.systemUTC();
    PlatformHttp http =
        new PlatformHttp(
            properties.connectTimeout(),
            properties.readTimeout(),
            reply -> InstagramErrors.classify(reply, clock));
    this.properties = properties;
    this.graph = new InstagramGraph(properties, http);
    this.containers = new InstagramContainers(properties, graph, http);
  }

  @Override
  public SocialPlatform platform() {
    return SocialPlatform.Instagram;
  }

  @Override
  public PublishOutcome publish(PublishRequest request) {
    if (request.media().isEmpty()) {
      return HttpFailures.failed(
          PostErrorKind.bad_request, "Instagram needs an image or a video: nothing was sent");
    }
    String token = request.tokens().accessToken();
    try {
      String userId = graph.userId(token);
      if (graph.quotaUsedUp(userId, token)) {
        return new PublishOutcome.Failed(
            PostErrorKind.rate_limited,
            "the 24-hour publishing quota is used up: nothing was sent",
            null,
            null,
            null,
            properties.quotaRetryAfter());
      }
      String container = container(userId, request, token);
      String mediaId = containers.publishWhenReady(userId, container, PUBLISH_ATTEMPTS, token);
      return new Published(mediaId, graph.permalink(mediaId, token));
    } catch (PublishFailure failure) {
      return failure.outcome();
    } catch (RuntimeException unexpected) {
      return AdapterErrors.unexpected(unexpected);
    }
  }

  @Override
  public Optional<Published> reconcile(PublishRequest request) {
    String token = request.tokens().accessToken();
    try {
      for (JsonNode media : graph.recentMedia(graph.userId(token), token)) {
        if (request.text().equals(media.path("caption").asString(""))) {
          String permalink = media.path("permalink").asString("");
          return Optional.of(
              new Published(media.path("id").asString(), permalink.isEmpty() ? null : permalink));
        }
      }
      return Optional.empty();
    } catch (PublishFailure failure) {
      return Optional.empty();
    }
  }

  private String container(String userId, PublishRequest request, String token) {
    List<MediaFile> media = request.media();
    if (media.size() == 1) {
      Map<String, String> single = item(media.get(0), false);
      single.put("caption", request.text());
      return containers.createFinished(userId, single, token);
    }
    List<String> children = new ArrayList<>();
    for (MediaFile file : media) {
      children.add(containers.createFinished(userId, item(file, true), token));
    }
    Map<String, String> carousel = new LinkedHashMap<>();
    carousel.put("media_type", "CAROUSEL");
    carousel.put("children", String.join(",", children));
    carousel.put("caption", request.text());
    return containers.createFinished(userId, carousel, token);
  }

  private static Map<String, String> item(MediaFile file, boolean carouselItem) {
    Map<String, String> item = new LinkedHashMap<>();
    if ("video".equals(file.kind())) {
      item.put("media_type", carouselItem ? "VIDEO" : "REELS");
      item.put("video_url", file.publicUrl().toString());
    } else {
      item.put("image_url", file.publicUrl().toString());
    }
    if (carouselItem) {
      item.put("is_carousel_item", "true");
    }
    return item;
  }
}
