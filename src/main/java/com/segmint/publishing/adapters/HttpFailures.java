package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Classifies what went wrong with one platform call. The line that matters is whether the platform
 * may have acted on the request: only a failure that provably happened before it did may be
 * retried, because the dispatcher never retries {@code unknown_outcome} and so never posts twice.
 *
 * <ul>
 *   <li>No connection (refused, unresolvable, connect timeout): nothing was sent → transient.
 *   <li>A read timeout or a connection reset after the request went out: the platform may have
 *       posted and not told us → unknown_outcome.
 *   <li>429: refused before acting → rate_limited, with the platform's hint when it gives one.
 *   <li>401/403 → auth; 400/422 and other 4xx → bad_request: refused, nothing posted.
 *   <li>503: the platform says it is unavailable and did not process the request → transient.
 *   <li>500, 502, 504 and any other status: a proxy or the platform failed somewhere after
 *       receiving the request, maybe after posting → unknown_outcome.
 * </ul>
 */
final class HttpFailures {

  private HttpFailures() {}

  static Failed ofException(IOException exception) {
    if (exception instanceof HttpConnectTimeoutException) {
      return failed(PostErrorKind.transient_, "connect timed out: nothing was sent");
    }
    if (exception instanceof ConnectException) {
      return failed(PostErrorKind.transient_, "connection refused: nothing was sent");
    }
    if (exception instanceof HttpTimeoutException) {
      return failed(PostErrorKind.unknown_outcome, "read timed out after the request was sent");
    }
    return failed(
        PostErrorKind.unknown_outcome,
        "connection failed after the request was sent: " + exception.getClass().getSimpleName());
  }

  static Failed interrupted() {
    return failed(PostErrorKind.unknown_outcome, "interrupted while waiting for the platform");
  }

  /** Classifies a non-2xx response; {@code retryAfter} is the platform's hint, or null. */
  static Failed ofResponse(HttpReply reply, Duration retryAfter) {
    int status = reply.status();
    if (status == 429) {
      return fromReply(PostErrorKind.rate_limited, "rate limited (HTTP 429)", reply, retryAfter);
    }
    if (status == 401 || status == 403) {
      return fromReply(PostErrorKind.auth, "token refused (HTTP " + status + ")", reply, null);
    }
    if (status >= 400 && status < 500) {
      return fromReply(
          PostErrorKind.bad_request, "post refused (HTTP " + status + ")", reply, null);
    }
    if (status == 503) {
      return fromReply(
          PostErrorKind.transient_, "platform unavailable (HTTP 503)", reply, retryAfter);
    }
    return fromReply(
        PostErrorKind.unknown_outcome,
        "platform failed after receiving the request (HTTP " + status + ")",
        reply,
        null);
  }

  static Failed fromReply(
      PostErrorKind kind, String message, HttpReply reply, Duration retryAfter) {
    return new Failed(kind, message, reply.status(), reply.headers(), reply.body(), retryAfter);
  }

  static Failed failed(PostErrorKind kind, String message) {
    return new Failed(kind, message, null, null, null, null);
  }

  /**
   * A read (a lookup before posting) cannot have published anything, so an outcome that would be
   * unknown for a post is merely transient for it.
   */
  static Failed beforePublishing(Failed failure) {
    if (failure.kind() != PostErrorKind.unknown_outcome) {
      return failure;
    }
    return new Failed(
        PostErrorKind.transient_,
        failure.message() + " (a read before posting: nothing was published)",
        failure.httpStatus(),
        failure.responseHeaders(),
        failure.responseBody(),
        failure.retryAfter());
  }
}
