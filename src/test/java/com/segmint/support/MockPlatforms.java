package com.segmint.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One real OAuth 2.0 authorization server (mock-oauth2-server) for the whole run, standing in for
 * the platforms' authorization, token and identity endpoints: one issuer per platform. It logs in
 * without a page, verifies PKCE and rotates refresh tokens like X and Google do.
 */
public final class MockPlatforms {

  private static final CannedTokenResponses CANNED = new CannedTokenResponses();
  private static final MockOAuth2Server SERVER = start();

  private MockPlatforms() {}

  public static MockOAuth2Server server() {
    return SERVER;
  }

  /** The next token request, whatever it is, gets this answer instead of a grant. */
  public static void answerNextTokenRequest(int status, String json) {
    CANNED.enqueue(status, json, Duration.ZERO);
  }

  /** The next token request gets this answer only after {@code delay}: a timeout, if longer. */
  public static void answerNextTokenRequestLate(Duration delay, String json) {
    CANNED.enqueue(200, json, delay);
  }

  /** Forgets the requests recorded so far and the answers not given, so a test sees its own. */
  public static void forgetRequests() {
    CANNED.clear();
    RecordedRequest request = takeRequest(0);
    while (request != null) {
      request = takeRequest(0);
    }
  }

  /** The next request the server received, or null when none comes within {@code millis}. */
  public static RecordedRequest takeRequest(long millis) {
    try {
      return SERVER.takeRequest(millis, TimeUnit.MILLISECONDS);
    } catch (RuntimeException none) {
      return null;
    }
  }

  private static MockOAuth2Server start() {
    MockOAuth2Server server =
        new MockOAuth2Server(
            OAuth2Config.Companion.fromJson(
                "{\"interactiveLogin\": false, \"rotateRefreshToken\": true}"),
            CANNED);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    return server;
  }
}
