package com.segmint.support;

import java.util.ArrayList;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the OAuth clients of YouTube, X and LinkedIn at {@link MockPlatforms} (LinkedIn without
 * refresh tokens, as outside its partner programme); Instagram stays unconfigured. The refresh job
 * is left to the tests, which call it; its windows are ten minutes, so the other tests' profiles
 * (which expire in an hour) are neither refreshed nor warned about.
 */
public class MockPlatformsInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String CLIENT_ID = "segmint-test-client";
  public static final String CLIENT_SECRET = "segmint-test-secret";

  /** The timeout of calls to the platforms: short enough for a test to wait it out. */
  public static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(4);

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    List<String> properties =
        new ArrayList<>(
            List.of(
                "segmint.oauth.refresh.interval=1d",
                "segmint.oauth.timeout=" + TIMEOUT.toSeconds() + "s",
                "segmint.oauth.refresh.ahead=10m",
                "segmint.oauth.refresh.expiry-warning=10m"));
    properties.addAll(platform("youtube", "true"));
    properties.addAll(platform("x", "true"));
    properties.add("segmint.oauth.x.client-authentication=basic");
    properties.addAll(platform("linkedin", "false"));
    TestPropertyValues.of(properties).applyTo(context);
  }

  private static List<String> platform(String key, String refreshTokens) {
    MockOAuth2Server server = MockPlatforms.server();
    String prefix = "segmint.oauth." + key + ".";
    return List.of(
        prefix + "authorization-uri=" + server.authorizationEndpointUrl(key),
        prefix + "token-uri=" + server.tokenEndpointUrl(key),
        prefix + "identity-uri=" + server.userInfoUrl(key),
        prefix + "handle-pointer=/sub",
        prefix + "client-id=" + CLIENT_ID,
        prefix + "client-secret=" + CLIENT_SECRET,
        prefix + "scopes=openid",
        prefix + "issues-refresh-tokens=" + refreshTokens);
  }
}
