package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Waits for media containers: Instagram fetches and transcodes the media after a container is
 * created, and publishing before it is {@code FINISHED} answers error 9007 ("media not ready"),
 * which means poll again, not fail. Polls are bounded and back off; giving up is transient, since
 * nothing was published.
 */
final class InstagramContainers {

  private final InstagramProperties properties;
  private final InstagramGraph graph;
  private final PlatformHttp http;

  InstagramContainers(InstagramProperties properties, InstagramGraph graph, PlatformHttp http) {
    this.properties = properties;
    this.graph = graph;
    this.http = http;
  }

  String createFinished(String userId, Map<String, String> parameters, String token) {
    String container = graph.createContainer(userId, parameters, token);
    awaitFinished(container, token);
    return container;
  }

  /** Publishes the container; on 9007 waits for it again, at most {@code attempts} times. */
  String publishWhenReady(String userId, String container, int attempts, String token) {
    HttpReply reply = graph.publish(userId, container, token);
    for (int attempt = 1; notReady(reply) && attempt < attempts; attempt++) {
      awaitFinished(container, token);
      reply = graph.publish(userId, container, token);
    }
    if (!reply.isSuccess()) {
      throw new PublishFailure(http.classify(reply));
    }
    return JsonBodies.require(
        JsonBodies.read(reply.body()).path("id"), reply, "media id", PostErrorKind.unknown_outcome);
  }

  private static boolean notReady(HttpReply reply) {
    return !reply.isSuccess() && InstagramErrors.code(reply) == InstagramErrors.MEDIA_NOT_READY;
  }

  private void awaitFinished(String container, String token) {
    Duration delay = properties.pollInterval();
    for (int poll = 1; poll <= properties.maxPolls(); poll++) {
      HttpReply reply = graph.containerStatus(container, token);
      JsonNode status = JsonBodies.read(reply.body());
      String code = status.path("status_code").asString("");
      if ("FINISHED".equals(code)) {
        return;
      }
      if ("ERROR".equals(code) || "EXPIRED".equals(code)) {
        throw new PublishFailure(
            HttpFailures.fromReply(
                PostErrorKind.bad_request,
                "media container " + code + ": " + status.path("status").asString(""),
                reply,
                null));
      }
      if (poll < properties.maxPolls()) {
        sleep(delay);
      }
      delay = min(delay.multipliedBy(2), properties.maxPollInterval());
    }
    throw new PublishFailure(
        HttpFailures.failed(
            PostErrorKind.transient_,
            "media container not ready after "
                + properties.maxPolls()
                + " polls: nothing published"));
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new PublishFailure(
          HttpFailures.failed(PostErrorKind.transient_, "interrupted before publishing"));
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
