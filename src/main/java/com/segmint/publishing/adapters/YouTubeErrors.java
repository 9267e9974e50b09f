package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import java.time.Clock;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads Google API errors: quota and rate limits arrive as 403 with a reason, which is a rate
 * limit, not a refused token.
 */
final class YouTubeErrors {

  private static final Set<String> RATE_LIMITS =
      Set.of("quotaExceeded", "rateLimitExceeded", "userRateLimitExceeded", "uploadLimitExceeded");

  private YouTubeErrors() {}

  static Failed classify(HttpReply reply, Clock clock) {
    JsonNode errors = JsonBodies.read(reply.body()).path("error").path("errors");
    for (JsonNode error : errors) {
      String reason = error.path("reason").asString("");
      if (RATE_LIMITS.contains(reason)) {
        return HttpFailures.fromReply(
            PostErrorKind.rate_limited,
            "YouTube " + reason,
            reply,
            RetryHints.retryAfter(reply, clock));
      }
    }
    return HttpFailures.ofResponse(reply, RetryHints.retryAfter(reply, clock));
  }
}
