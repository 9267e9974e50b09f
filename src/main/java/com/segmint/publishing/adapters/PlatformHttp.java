package com.segmint.publishing.adapters;

import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

/**
 * One platform's HTTP client: explicit connect and read timeouts, HTTP/1.1, no redirects followed
 * (YouTube's 308 means "resume", not "go elsewhere"), no automatic retries, and the platform's own
 * reading of its error responses. Every failure comes out classified as a {@link PublishFailure}.
 */
final class PlatformHttp {

  private final HttpClient client;
  private final Duration readTimeout;
  private final Function<HttpReply, Failed> errors;

  PlatformHttp(Duration connectTimeout, Duration readTimeout, Function<HttpReply, Failed> errors) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.readTimeout = readTimeout;
    this.errors = errors;
  }

  /** Sends a call that may publish and returns whatever the platform answered. */
  HttpReply exchange(HttpRequest.Builder request, String token) {
    try {
      HttpResponse<String> response =
          client.send(request.timeout(readTimeout).build(), HttpResponse.BodyHandlers.ofString());
      return HttpReply.of(response, token);
    } catch (IOException exception) {
      throw new PublishFailure(HttpFailures.ofException(exception));
    } catch (InterruptedException exception) {
      Thread.currentThread().interrupt();
      throw new PublishFailure(HttpFailures.interrupted());
    }
  }

  /** A call that may publish: any answer but 2xx is classified, unknown when it may have acted. */
  HttpReply send(HttpRequest.Builder request, String token) {
    HttpReply reply = exchange(request, token);
    if (!reply.isSuccess()) {
      throw new PublishFailure(errors.apply(reply));
    }
    return reply;
  }

  /** A call that cannot publish (a lookup): no failure of it leaves the outcome unknown. */
  HttpReply read(HttpRequest.Builder request, String token) {
    try {
      return send(request, token);
    } catch (PublishFailure failure) {
      throw new PublishFailure(HttpFailures.beforePublishing(failure.outcome()));
    }
  }

  Failed classify(HttpReply reply) {
    return errors.apply(reply);
  }
}
