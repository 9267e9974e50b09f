package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.SocialPlatform;
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
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * X API v2: {@code POST /2/tweets} with the profile's user token; a thread is posted part by part,
 * each a reply to the one before. Once the first part is live the post is published whatever
 * happens to the rest, so a later part's failure is reported as a partial thread, never as a
 * failure that the dispatcher could retry into a second copy of the first part.
 */
@Component
class XPublisher implements PlatformPublisher {

  private static final String RESET_HEADER = "x-rate-limit-reset";

  private final XProperties properties;
  private final PlatformHttp http;
  private final Clock clock = Clock.systemUTC();
  private final XTimeline timeline;

  XPublisher(XProperties properties) {
    this.properties = properties;
    this.http =
        new PlatformHttp(properties.connectTimeout(), properties.readTimeout(), this::classify);
    this.timeline = new XTimeline(properties, http);
  }

  @Override
  public SocialPlatform platform() {
    return SocialPlatform.Twitter;
  }

  @Override
  public PublishOutcome publish(PublishRequest request) {
    if (!request.media().isEmpty()) {
      return HttpFailures.failed(
          PostErrorKind.bad_request, "media on X is not supported yet: nothing was sent");
    }
    List<String> parts = parts(request);
    String token = request.tokens().accessToken();
    String firstId;
    try {
      firstId = tweet(parts.get(0), null, token);
    } catch (PublishFailure failure) {
      return failure.outcome();
    } catch (RuntimeException unexpected) {
      return AdapterErrors.unexpected(unexpected);
    }
    return new Published(
        firstId, statusUrl(request.handle(), firstId), restOfThread(parts, firstId, token));
  }

  @Override
  public Optional<Published> reconcile(PublishRequest request) {
    List<String> parts = parts(request);
    return timeline
        .findRecent(parts.get(0), request.tokens().accessToken())
        .map(id -> new Published(id, statusUrl(request.handle(), id), unsentRest(parts)));
  }

  private Failed restOfThread(List<String> parts, String firstId, String token) {
    String previous = firstId;
    for (int part = 1; part < parts.size(); part++) {
      try {
        previous = tweet(parts.get(part), previous, token);
      } catch (PublishFailure failure) {
        return partialThread(failure.outcome(), part, parts.size());
      } catch (RuntimeException unexpected) {
        return partialThread(AdapterErrors.unexpected(unexpected), part, parts.size());
      }
    }
    return null;
  }

  private String tweet(String text, String inReplyTo, String token) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", text);
    if (inReplyTo != null) {
      body.put("reply", Map.of("in_reply_to_tweet_id", inReplyTo));
    }
    HttpRequest.Builder call =
        HttpRequest.newBuilder(Endpoints.under(properties.baseUrl(), "/2/tweets"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JsonBodies.write(body)));
    HttpReply reply = http.send(call, token);
    return JsonBodies.require(
        JsonBodies.read(reply.body()).path("data").path("id"),
        reply,
        "tweet id",
        PostErrorKind.unknown_outcome);
  }

  private Failed classify(HttpReply reply) {
    if (reply.status() == 403 && reply.body() != null && reply.body().contains("duplicate")) {
      return HttpFailures.fromReply(
          PostErrorKind.bad_request, "X refused a duplicate of an existing post", reply, null);
    }
    return HttpFailures.ofResponse(reply, RetryHints.retryAfterOrReset(reply, RESET_HEADER, clock));
  }

  private String statusUrl(String handle, String id) {
    return Endpoints.under(properties.webUrl(), "/" + handle + "/status/" + id).toString();
  }

  private static List<String> parts(PublishRequest request) {
    return request.threadParts().isEmpty() ? List.of(request.text()) : request.threadParts();
  }

  private static Failed partialThread(Failed failure, int failedPart, int total) {
    String message =
        "thread incomplete: parts 1-%d of %d are live, part %d failed: %s"
            .formatted(failedPart, total, failedPart + 1, failure.message());
    return new Failed(
        failure.kind(),
        message,
        failure.httpStatus(),
        failure.responseHeaders(),
        failure.responseBody(),
        failure.retryAfter());
  }

  private static Failed unsentRest(List<String> parts) {
    if (parts.size() == 1) {
      return null;
    }
    return HttpFailures.failed(
        PostErrorKind.unknown_outcome,
        "thread incomplete: part 1 of %d is live, parts 2-%d were never sent"
            .formatted(parts.size(), parts.size()));
  }
}
