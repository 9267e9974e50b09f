package com.segmint.users.socialprofiles;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.Fixtures;
import com.segmint.support.MockPlatformsTest;
import com.segmint.support.TestDatabase;
import com.segmint.users.NewSocialProfile;
import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfileNeedsReconnect;
import com.segmint.users.SocialProfileSummary;
import com.segmint.users.SocialProfiles;
import com.segmint.users.TokenRefreshFailure;
import com.segmint.users.oauth.ConnectCallback;
import com.segmint.users.oauth.ConnectFlow;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.web.util.UriComponentsBuilder;

/** Instagram's long-lived access tokens, exchanged and refreshed against a WireMock Graph API. */
@MockPlatformsTest
class InstagramTokenRefreshTests {

  private static final long SIXTY_DAYS = 5_184_000;
  private static final String SECRET = "instagram-app-secret";
  private static final WireMockServer graph = new WireMockServer(wireMockConfig().dynamicPort());

  static {
    graph.start();
  }

  @DynamicPropertySource
  static void pointInstagramAtTheStub(DynamicPropertyRegistry properties) {
    String prefix = "segmint.oauth.instagram.";
    properties.add(prefix + "authorization-uri", () -> graph.baseUrl() + "/oauth/authorize");
    properties.add(prefix + "token-uri", () -> graph.baseUrl() + "/oauth/access_token");
    properties.add(prefix + "identity-uri", () -> graph.baseUrl() + "/me?fields=username");
    properties.add(prefix + "handle-pointer", () -> "/username");
    properties.add(prefix + "client-id", () -> "instagram-app");
    properties.add(prefix + "client-secret", () -> SECRET);
    properties.add(prefix + "issues-refresh-tokens", () -> "false");
    properties.add(prefix + "long-lived-token-uri", () -> graph.baseUrl() + "/access_token");
    properties.add(
        prefix + "access-token-refresh-uri", () -> graph.baseUrl() + "/refresh_access_token");
    // every due Instagram profile of the shared database fits in one run
    properties.add("segmint.oauth.refresh.batch-size", () -> "100000");
  }

  @Autowired SocialProfiles profiles;
  @Autowired TokenRefreshJob job;
  @Autowired ConnectFlow connects;
  @Autowired ApplicationEvents events;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private final JdbcTemplate superuser = new JdbcTemplate(TestDatabase.get().superuser());
  private int creator;

  @BeforeEach
  void resetTheStub() {
    graph.resetAll();
    creator = fixtures.user("creator");
  }

  @Test
  void shouldRefreshALongLivedTokenDaysAheadOfItsExpiryAndStoreTheNewExpiry() {
    String token = Fixtures.unique("long-lived");
    int id = connected(token, OffsetDateTime.now().plusDays(3));
    stubRefresh(token, okJson(renewed("renewed-" + token)));

    asSystem(() -> job.refreshDue());

    ProfileTokens stored = asSystem(() -> profiles.tokens(id).orElseThrow());
    assertThat(stored.accessToken()).isEqualTo("renewed-" + token);
    assertThat(stored.refreshToken()).isNull();
    assertThat(stored.expiresAt())
        .isCloseTo(OffsetDateTime.now().plusSeconds(SIXTY_DAYS), within(1, ChronoUnit.MINUTES));
  }

  @Test
  void shouldLeaveATokenThatIsNotDueAlone() {
    String token = Fixtures.unique("long-lived");
    int id = connected(token, OffsetDateTime.now().plusDays(30));
    String row = storedRow(id);

    asSystem(() -> job.refreshDue());

    assertThat(storedRow(id)).isEqualTo(row);
    graph.verify(
        0,
        getRequestedFor(urlPathEqualTo("/refresh_access_token"))
            .withQueryParam("access_token", equalTo(token)));
  }

  @Test
  void shouldMarkTheProfileForReconnectAndTellItsOwnerWhenTheTokenIsInvalid() {
    String token = Fixtures.unique("long-lived");
    int id = connected(token, OffsetDateTime.now().plusMinutes(2));
    stubRefresh(
        token,
        aResponse()
            .withStatus(400)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"error\":{\"message\":\"Error validating access token: Session has expired\","
                    + "\"type\":\"OAuthException\",\"code\":190,\"fbtrace_id\":\"A1\"}}"));
    String accessToken = asSystem(() -> profiles.tokens(id).orElseThrow()).accessToken();

    assertThatThrownBy(() -> asSystem(() -> profiles.freshTokens(id)))
        .isInstanceOfSatisfying(
            TokenRefreshFailure.class, failure -> assertThat(failure.reconnectRequired()).isTrue());

    assertThat(needsReconnect(id)).isTrue();
    assertThat(events.stream(SocialProfileNeedsReconnect.class))
        .containsExactly(new SocialProfileNeedsReconnect(id, creator, SocialPlatform.Instagram));
    assertThat(asSystem(() -> profiles.tokens(id).orElseThrow()).accessToken())
        .as("nothing cleared")
        .isEqualTo(accessToken);
  }

  @Test
  void shouldLeaveTheTokenUntouchedOnAServerErrorAndRefreshItOnTheNextRun() {
    String token = Fixtures.unique("long-lived");
    int id = connected(token, OffsetDateTime.now().plusDays(2));
    String row = storedRow(id);
    graph.stubFor(
        get(urlPathEqualTo("/refresh_access_token"))
            .withQueryParam("access_token", equalTo(token))
            .inScenario("outage")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503).withBody("Service Unavailable"))
            .willSetStateTo("back"));
    graph.stubFor(
        get(urlPathEqualTo("/refresh_access_token"))
            .withQueryParam("access_token", equalTo(token))
            .inScenario("outage")
            .whenScenarioStateIs("back")
            .willReturn(okJson(renewed("renewed-" + token))));

    asSystem(() -> job.refreshDue());

    assertThat(storedRow(id)).isEqualTo(row);
    assertThat(needsReconnect(id)).isFalse();
    assertThat(events.stream(SocialProfileNeedsReconnect.class))
        .noneMatch(event -> event.profileId() == id);

    asSystem(() -> job.refreshDue());

    assertThat(asSystem(() -> profiles.tokens(id).orElseThrow()).accessToken())
        .isEqualTo("renewed-" + token);
  }

  @Test
  void shouldTradeTheShortLivedTokenOfTheCodeExchangeForALongLivedOne() {
    String handle = Fixtures.unique("insta");
    graph.stubFor(
        post(urlPathEqualTo("/oauth/access_token"))
            .willReturn(
                okJson(
                    "{\"data\":[{\"access_token\":\"short-lived\",\"user_id\":\"17841\","
                        + "\"permissions\":\"instagram_business_basic\"}]}")));
    graph.stubFor(
        get(urlPathEqualTo("/access_token"))
            .withQueryParam("grant_type", equalTo("ig_exchange_token"))
            .withQueryParam("client_secret", equalTo(SECRET))
            .withQueryParam("access_token", equalTo("short-lived"))
            .willReturn(okJson(renewed("long-lived-" + handle))));
    graph.stubFor(
        get(urlPathEqualTo("/me")).willReturn(okJson("{\"username\":\"" + handle + "\"}")));
    String state =
        UriComponentsBuilder.fromUri(asUser(() -> connects.start("instagram").authorizationUrl()))
            .build()
            .getQueryParams()
            .getFirst("state");

    SocialProfileSummary profile =
        connects.complete("instagram", new ConnectCallback("code", state, null, null));

    ProfileTokens stored = asSystem(() -> profiles.tokens(profile.id()).orElseThrow());
    assertThat(stored.accessToken()).isEqualTo("long-lived-" + handle);
    assertThat(stored.expiresAt())
        .isCloseTo(OffsetDateTime.now().plusSeconds(SIXTY_DAYS), within(1, ChronoUnit.MINUTES));
  }

  private int connected(String accessToken, OffsetDateTime expiresAt) {
    return asUser(
        () ->
            profiles.connect(
                new NewSocialProfile(
                    creator,
                    SocialPlatform.Instagram,
                    Fixtures.unique("insta"),
                    accessToken,
                    null,
                    expiresAt)));
  }

  private static void stubRefresh(String token, ResponseDefinitionBuilder answer) {
    graph.stubFor(
        get(urlPathEqualTo("/refresh_access_token"))
            .withQueryParam("grant_type", equalTo("ig_refresh_token"))
            .withQueryParam("access_token", equalTo(token))
            .willReturn(answer));
  }

  private static String renewed(String token) {
    return "{\"access_token\":\"%s\",\"token_type\":\"bearer\",\"expires_in\":%d}"
        .formatted(token, SIXTY_DAYS);
  }

  private String storedRow(int id) {
    return superuser.queryForObject(
        "SELECT to_jsonb(p)::text FROM segmint.social_profile p WHERE id = ?", String.class, id);
  }

  private boolean needsReconnect(int id) {
    return superuser.queryForObject(
        "SELECT needs_reconnect FROM segmint.social_profile WHERE id = ?", Boolean.class, id);
  }

  private <T> T asUser(Supplier<T> work) {
    return DatabaseActors.callAs(DatabaseActor.user(creator, "creator"), work);
  }

  private static <T> T asSystem(Supplier<T> work) {
    return DatabaseActors.callAs(DatabaseActor.system(), work);
  }
}
