package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.SocialPlatform;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Instagram as a plain HTTP platform for the tests: {@code POST /posts} to a WireMock stub, five
 * seconds to answer (generous: the test machine is busy). A refused connection or a 5xx means it
 * did not publish (transient); a timeout means it may have (unknown outcome).
 */
class StubbedHttpPublisher implements PlatformPublisher {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private final Supplier<String> baseUrl;

  StubbedHttpPublisher(Supplier<String> baseUrl) {
    this.baseUrl = baseUrl;
  }

  @Override
  public SocialPlatform platform() {
    return SocialPlatform.Instagram;
  }

  @Override
  public PublishOutcome publish(PublishRequest request) {
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(baseUrl.get() + "/posts"))
            .timeout(TIMEOUT)
            .header("Idempotency-Key", request.idempotencyKey().toString())
            .POST(HttpRequest.BodyPublishers.ofString(request.text()))
            .build();
    try {
      return outcomeOf(client.send(post, HttpResponse.BodyHandlers.ofString()));
    } catch (HttpConnectTimeoutException e) {
      return failed(PostErrorKind.transient_, "could not connect", null, null);
    } catch (HttpTimeoutException e) {
      return failed(PostErrorKind.unknown_outcome, "timed out after sending", null, null);
    } catch (ConnectException e) {
      return failed(PostErrorKind.transient_, "connection refused", null, null);
    } catch (IOException e) {
      return failed(PostErrorKind.unknown_outcome, e.toString(), null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(PostErrorKind.unknown_outcome, "interrupted", null, null);
    }
  }

  private static PublishOutcome outcomeOf(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status / 100 == 2) {
      return new PublishOutcome.Published(response.body(), null);
    }
    PostErrorKind kind = status >= 500 ? PostErrorKind.transient_ : PostErrorKind.bad_request;
    return failed(kind, "HTTP " + status, status, response.body());
  }

  private static PublishOutcome.Failed failed(
      PostErrorKind kind, String message, Integer status, String body) {
    return new PublishOutcome.Failed(
        kind, message, status, status == null ? null : Map.of("x-stub", "yes"), body, null);
  }
}
