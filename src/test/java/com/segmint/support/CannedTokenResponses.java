package com.segmint.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;

/**
 * Answers the next token requests with queued responses (an error, a 503, a grant without a refresh
 * token, one too late) before the mock server's own token endpoint; other requests go through.
 */
final class CannedTokenResponses implements Route {

  private record Canned(OAuth2HttpResponse response, Duration delay) {}

  private final Queue<Canned> queued = new ConcurrentLinkedQueue<>();

  void enqueue(int status, String json, Duration delay) {
    queued.add(
        new Canned(
            new OAuth2HttpResponse(
                Headers.of("Content-Type", "application/json"),
                status,
                json,
                json.getBytes(StandardCharsets.UTF_8)),
            delay));
  }

  void clear() {
    queued.clear();
  }

  @Override
  public boolean match(OAuth2HttpRequest request) {
    return "POST".equals(request.getMethod())
        && request.getUrl().encodedPath().endsWith("/token")
        && !queued.isEmpty();
  }

  @Override
  public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
    Canned canned = queued.remove();
    try {
      Thread.sleep(canned.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return canned.response();
  }
}
