package com.segmint.users.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.support.Fixtures;
import com.segmint.support.MockPlatforms;
import com.segmint.support.MockPlatformsTest;
import com.segmint.support.OAuthBrowser;
import com.segmint.support.TestDatabase;
import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfiles;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@MockPlatformsTest
class ConnectFlowTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;
  @Autowired SocialProfiles profiles;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private final JdbcTemplate superuser = new JdbcTemplate(TestDatabase.get().superuser());
  private OAuthBrowser browser;
  private int creator;

  @BeforeEach
  void startABrowser() {
    browser = new OAuthBrowser(mvc, issuer);
    creator = fixtures.user("creator");
    MockPlatforms.forgetRequests();
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void shouldConnectWithAVerifierThatMatchesTheChallengeTheServerSaw(CapturedOutput logs)
      throws Exception {
    URI authorizationUrl = browser.start(creator, "x");
    MockHttpServletResponse response = browser.callback(browser.authorize(authorizationUrl));

    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    Map<String, String> authorize = query(request("/x/authorize").getRequestUrl().query());
    Map<String, String> exchange = query(request("/x/token").getBody().readUtf8());
    assertThat(authorize).containsEntry("code_challenge_method", "S256");
    assertThat(authorize.get("code_challenge"))
        .isEqualTo(Pkce.challenge(exchange.get("code_verifier")));
    assertThat(exchange).containsEntry("grant_type", "authorization_code");
    assertThat(authorizationUrl.toString()).doesNotContain(exchange.get("code_verifier"));
    assertThat(storedVerifiers())
        .noneMatch(stored -> stored.contains(exchange.get("code_verifier")));
    int id = JsonPath.read(response.getContentAsString(), "$.id");
    ProfileTokens tokens = tokensOf(id);
    assertThat(JsonPath.<Boolean>read(response.getContentAsString(), "$.hasRefreshToken")).isTrue();
    assertThat(response.getContentAsString())
        .doesNotContain(tokens.accessToken(), tokens.refreshToken(), "accessToken");
    assertThat(logs.getAll())
        .doesNotContain(tokens.accessToken(), tokens.refreshToken(), exchange.get("code_verifier"));
  }

  @Test
  void shouldRefuseAStateUsedTwice() throws Exception {
    URI redirect = browser.authorize(browser.start(creator, "x"));
    assertThat(browser.callback(redirect).getStatus()).isEqualTo(200);

    MockHttpServletResponse replay = browser.callback(redirect);

    assertProblem(replay, 400, "state");
    assertThat(replay.getContentAsString()).contains("already been used");
  }

  @Test
  void shouldRefuseAnExpiredStateAndStoreNothing() throws Exception {
    URI redirect = browser.authorize(browser.start(creator, "x"));
    superuser.update(
        "UPDATE segmint.oauth_authorization SET created_at = now() - interval '20 minutes',"
            + " expires_at = now() - interval '10 minutes' WHERE user_id = ?",
        creator);

    MockHttpServletResponse late = browser.callback(redirect);

    assertProblem(late, 400, "state");
    assertThat(late.getContentAsString()).contains("expired");
    assertThat(profileCount()).isZero();
  }

  @Test
  void shouldRefuseAnUnknownState() throws Exception {
    MockHttpServletResponse response =
        browser.callback(
            URI.create("/api/v1/social-profiles/connect/x/callback?code=c&state=forged"));

    assertProblem(response, 400, "state");
    assertThat(response.getContentAsString()).contains("unknown");
  }

  @Test
  void shouldStoreNothingWhenTheOwnerDeniesAccess() throws Exception {
    Map<String, String> authorize = query(browser.start(creator, "x").getRawQuery());

    MockHttpServletResponse denied =
        browser.callback(
            URI.create(
                "/api/v1/social-profiles/connect/x/callback?error=access_denied&state="
                    + authorize.get("state")));

    assertProblem(denied, 400, "error");
    assertThat(denied.getContentAsString()).contains("access_denied");
    assertThat(profileCount()).isZero();
  }

  @Test
  void shouldReconnectTheSameAccountWithoutWipingItsRefreshToken() throws Exception {
    String channel = Fixtures.unique("channel");
    MockPlatforms.server().enqueueCallback(new DefaultOAuth2TokenCallback("x", channel));
    int id = browser.connect(creator, "x");
    String refreshToken = tokensOf(id).refreshToken();
    superuser.update("UPDATE segmint.social_profile SET needs_reconnect = true WHERE id = ?", id);
    URI redirect = browser.authorize(browser.start(creator, "x"));
    String newAccessToken =
        MockPlatforms.server()
            .issueToken("x", "segmint", new DefaultOAuth2TokenCallback("x", channel))
            .serialize();
    MockPlatforms.answerNextTokenRequest(
        200, "{\"access_token\": \"%s\", \"expires_in\": 3600}".formatted(newAccessToken));

    MockHttpServletResponse reconnected = browser.callback(redirect);

    assertThat(reconnected.getStatus()).as(reconnected.getContentAsString()).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(reconnected.getContentAsString(), "$.id")).isEqualTo(id);
    assertThat(JsonPath.<Boolean>read(reconnected.getContentAsString(), "$.needsReconnect"))
        .isFalse();
    ProfileTokens tokens = tokensOf(id);
    assertThat(tokens.accessToken()).isEqualTo(newAccessToken);
    assertThat(tokens.refreshToken()).isEqualTo(refreshToken);
    assertThat(profileCount()).isEqualTo(1);
  }

  @Test
  void shouldChangeNothingWhenTheTokenEndpointFails() throws Exception {
    URI redirect = browser.authorize(browser.start(creator, "x"));
    MockPlatforms.answerNextTokenRequest(503, "{\"error\": \"temporarily_unavailable\"}");

    MockHttpServletResponse failed = browser.callback(redirect);

    assertThat(failed.getStatus()).isEqualTo(502);
    assertThat(failed.getContentAsString()).contains("/problems/platform-unavailable");
    assertThat(profileCount()).isZero();
  }

  @Test
  void shouldAskGoogleForOfflineAccessSoThatYouTubeIssuesARefreshToken() throws Exception {
    Map<String, String> authorize = query(browser.start(creator, "youtube").getRawQuery());

    assertThat(authorize)
        .containsEntry("access_type", "offline")
        .containsEntry("prompt", "consent")
        .containsEntry("client_id", "segmint-test-client")
        .containsEntry(
            "redirect_uri",
            "http://localhost:8080/api/v1/social-profiles/connect/youtube/callback");
  }

  @Test
  void shouldRefuseAPlatformWithoutAClient() throws Exception {
    MockHttpServletResponse response = start("instagram");

    assertProblem(response, 409, "platform");
    assertThat(response.getContentAsString())
        .contains("/problems/platform-not-configured", "segmint.oauth.instagram.client-id");
  }

  @Test
  void shouldRefuseAnUnknownPlatform() throws Exception {
    assertProblem(start("myspace"), 400, "platform");
  }

  private MockHttpServletResponse start(String platform) throws Exception {
    return mvc.perform(
            post("/api/v1/social-profiles/connect/" + platform)
                .header(HttpHeaders.AUTHORIZATION, browser.bearer(creator)))
        .andReturn()
        .getResponse();
  }

  private static void assertProblem(MockHttpServletResponse response, int status, String field)
      throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(JsonPath.<String>read(response.getContentAsString(), "$.field")).isEqualTo(field);
  }

  private static RecordedRequest request(String pathEnd) {
    for (RecordedRequest request = MockPlatforms.takeRequest(1000);
        request != null;
        request = MockPlatforms.takeRequest(1000)) {
      if (request.getRequestUrl().encodedPath().endsWith(pathEnd)) {
        return request;
      }
    }
    throw new AssertionError("the server saw no request to " + pathEnd);
  }

  private static Map<String, String> query(String form) {
    return Arrays.stream(form.split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> pair[0],
                pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8),
                (first, second) -> first));
  }

  private ProfileTokens tokensOf(int id) {
    return DatabaseActors.callAs(
        DatabaseActor.user(creator, "creator"), () -> profiles.tokens(id).orElseThrow());
  }

  private java.util.List<String> storedVerifiers() {
    return superuser.queryForList(
        "SELECT code_verifier FROM segmint.oauth_authorization WHERE user_id = ?",
        String.class,
        creator);
  }

  private int profileCount() {
    return superuser.queryForObject(
        "SELECT count(*) FROM segmint.social_profile WHERE user_id = ?", Integer.class, creator);
  }
}
