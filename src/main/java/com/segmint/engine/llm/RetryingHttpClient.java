package com.segmint.engine.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LangChain4j's transport for the chat endpoint, with our retry rules: it sees the Retry-After
 * header, which LangChain4j's exceptions do not carry. Errors name the status only: an endpoint's
 * error body may echo part of the key.
 */
final class RetryingHttpClient implements HttpClient {

  private static final Logger log = LoggerFactory.getLogger(RetryingHttpClient.class);
  private static final Set<String> RESTRICTED_HEADERS =
      Set.of("content-length", "host", "connection", "expect", "upgrade");

  private final java.net.http.HttpClient http;
  private final Duration readTimeout;
  private final RetryPolicy policy;

  private RetryingHttpClient(Duration connectTimeout, Duration readTimeout, RetryPolicy policy) {
    this.http = java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    this.readTimeout = readTimeout;
    this.policy = policy;
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    boolean timedOutBefore = false;
    for (int retry = 1; ; retry++) {
      try {
        HttpResponse<String> response =
            http.send(toJdk(request), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 2) {
          return SuccessfulHttpResponse.builder()
              .statusCode(response.statusCode())
              .headers(response.headers().map())
              .body(response.body())
              .build();
        }
        waitOrGiveUp(retry, response);
      } catch (HttpTimeoutException e) {
        if (timedOutBefore || retry > policy.maxRetries()) {
          throw new TimeoutException("the LLM endpoint did not answer within " + readTimeout);
        }
        timedOutBefore = true;
        log.warn("LLM endpoint timed out after {}; retrying once", readTimeout);
      } catch (IOException e) {
        throw new HttpException(0, "the LLM endpoint could not be reached");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HttpException(0, "interrupted while calling the LLM endpoint");
      }
    }
  }

  private void waitOrGiveUp(int retry, HttpResponse<String> response) throws InterruptedException {
    int status = response.statusCode();
    Optional<Duration> wait =
        policy.waitBefore(retry, status, response.headers().firstValue("Retry-After"));
    if (wait.isEmpty()) {
      throw new HttpException(status, "the LLM endpoint answered HTTP " + status);
    }
    log.warn("LLM endpoint answered HTTP {}; retry {} in {}", status, retry, wait.get());
    Thread.sleep(wait.get().toMillis());
  }

  private java.net.http.HttpRequest toJdk(HttpRequest request) {
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
              }
            });
    java.net.http.HttpRequest.BodyPublisher body =
        request.body() == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(request.body());
    return builder.method(request.method().name(), body).build();
  }

  /** Streaming is never asked for: ideas and drafts need the whole answer to validate it. */
  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    listener.onError(new UnsupportedOperationException("streaming is not used"));
  }

  /** What LangChain4j configures: the timeouts it derives from the model's settings. */
  static final class Builder implements HttpClientBuilder {

    private final RetryPolicy policy;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);

    Builder(RetryPolicy policy) {
      this.policy = policy;
    }

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    @Override
    public HttpClient build() {
      return new RetryingHttpClient(connectTimeout, readTimeout, policy);
    }
  }
}
