package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.PostErrorKind;
import java.time.Duration;
import java.util.Map;

/** What one publish attempt did: published, or failed with a kind that decides what comes next. */
public sealed interface PublishOutcome {

  /**
   * The platform accepted the post; {@code remoteUrl} may be null when it gives none. {@code
   * partialFailure} is null unless the post is live but incomplete (an X thread whose later part
   * failed): it is posted, must not be retried, and the failure belongs in the error table.
   */
  record Published(String remoteId, String remoteUrl, Failed partialFailure)
      implements PublishOutcome {

    public Published(String remoteId, String remoteUrl) {
      this(remoteId, remoteUrl, null);
    }
  }

  /**
   * The attempt failed. The kind decides the post's fate:
   *
   * <ul>
   *   <li>{@code auth}: the token was refused; the profile needs a refresh or a reconnect; the post
   *       did not publish.
   *   <li>{@code bad_request}: the platform refused the post itself; retrying cannot help.
   *   <li>{@code rate_limited}: refused before publishing; retry after {@code retryAfter}.
   *   <li>{@code transient}: provably not published (connection refused, 503 before processing);
   *       retry with backoff.
   *   <li>{@code unknown_outcome}: the request may have reached the platform (a read timeout, a
   *       connection reset after sending, an ambiguous 5xx): never retried blindly.
   * </ul>
   *
   * {@code httpStatus}, {@code responseHeaders} and {@code responseBody} are the raw provider
   * response for the error table (null when there was none); {@code retryAfter} is null when the
   * platform gave no hint. The body must hold no token: adapters never echo the request.
   */
  record Failed(
      PostErrorKind kind,
      String message,
      Integer httpStatus,
      Map<String, String> responseHeaders,
      String responseBody,
      Duration retryAfter)
      implements PublishOutcome {

    public Failed {
      responseHeaders = responseHeaders == null ? Map.of() : Map.copyOf(responseHeaders);
    }
  }
}
