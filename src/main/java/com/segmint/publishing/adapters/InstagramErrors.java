package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads Graph API errors, which mostly arrive as HTTP 400 with {@code {"error":{"code":…}}}: the
 * code, not the status, says whether the token, the rate or the post was the problem.
 */
final class InstagramErrors {

  static final int MEDIA_NOT_READY = 9007;

  private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613);
  private static final int PUBLISHING_LIMIT_SUBCODE = 2207042;

  private InstagramErrors() {}

  static int code(HttpReply reply) {
    return JsonBodies.read(reply.body()).path("error").path("code").asInt(0);
  }

  static Failed classify(HttpReply reply, Clock clock) {
    JsonNode error = JsonBodies.read(reply.body()).path("error");
    int code = error.path("code").asInt(0);
    String message = "Graph API error " + code + ": " + error.path("message").asString("");
    if (code == 190 || code == 102 || code == 10 || (code >= 200 && code < 300)) {
      return HttpFailures.fromReply(PostErrorKind.auth, message, reply, null);
    }
    if (RATE_LIMITS.contains(code)
        || error.path("error_subcode").asInt(0) == PUBLISHING_LIMIT_SUBCODE) {
      return HttpFailures.fromReply(
          PostErrorKind.rate_limited, message, reply, retryAfter(reply, clock));
    }
    if (code == MEDIA_NOT_READY) {
      return HttpFailures.fromReply(PostErrorKind.transient_, message, reply, null);
    }
    return HttpFailures.ofResponse(reply, RetryHints.retryAfter(reply, clock));
  }

  /**
   * {@code Retry-After}, else the longest {@code estimated_time_to_regain_access} (minutes) in
   * {@code X-Business-Use-Case-Usage}: {@code
   * {"<id>":[{"type":…,"estimated_time_to_regain_access":n}]}}.
   */
  private static Duration retryAfter(HttpReply reply, Clock clock) {
    Duration retryAfter = RetryHints.retryAfter(reply, clock);
    if (retryAfter != null) {
      return retryAfter;
    }
    int minutes = 0;
    JsonNode usage = JsonBodies.read(reply.header("x-business-use-case-usage").orElse(""));
    for (JsonNode perBusiness : usage) {
      for (JsonNode entry : perBusiness) {
        minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asInt(0));
      }
    }
    return minutes > 0 ? Duration.ofMinutes(minutes) : null;
  }
}
