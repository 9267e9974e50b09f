package com.segmint.users.socialprofiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.Fixtures;
import com.segmint.support.MockPlatforms;
import com.segmint.support.MockPlatformsInitializer;
import com.segmint.support.MockPlatformsTest;
import com.segmint.support.OAuthBrowser;
import com.segmint.support.TestDatabase;
import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfileExpiring;
import com.segmint.users.SocialProfileNeedsReconnect;
import com.segmint.users.SocialProfiles;
import com.segmint.users.TokenRefreshFailure;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Tokens refreshed against mock-oauth2-server, which rotates refresh tokens. */
@MockPlatformsTest
class TokenRefreshTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;
  @Autowired SocialProfiles profiles;
  @Autowired TokenRefreshJob job;
  @Autowired ApplicationEvents events;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private final JdbcTemplate superuser = new JdbcTemplate(TestDatabase.get().superuser());
  private OAuthBrowser browser;
  private int creator;

  @BeforeEach
  void connectAsANewCreator() {
    browser = new OAuthBrowser(mvc, issuer);
    creator = fixtures.user("creator");
    MockPlatforms.forgetRequests();
  }

  @Test
  void shouldRotateTokensThatExpireWithinTheMarginBeforeHandingThemOut() throws Exception {
    int id = connectExpiringSoon("x");
    ProfileTokens before = asSystem(() -> profiles.tokens(id).orElseThrow());

    ProfileTokens fresh = asSystem(() -> profiles.freshTokens(id).orElseThrow());

    assertThat(fresh.accessToken()).isNotEqualTo(before.accessToken());
    assertThat(fresh.refreshToken()).isNotNull().isNotEqualTo(before.refreshToken());
    assertThat(fresh.expiresAt()).isAfter(before.expiresAt());
    assertThat(asSystem(() -> profiles.tokens(id).orElseThrow()).refreshToken())
        .isEqualTo(fresh.refreshToken());
  }

  @Test
  void shouldRefreshProfilesDueWithinTheWindowInTheScheduledJob() throws Exception {
    int due = connectExpiringSoon("x");
    int notDue = browser.connect(creator, "x");
    String dueBefore = storedRow(due);
    String notDueBefore = storedRow(notDue);

    int refreshed = asSystem(() -> job.refreshDue());

    assertThat(refreshed).isPositive();
    assertThat(storedRow(due)).isNotEqualTo(dueBefore);
    assertThat(storedRow(notDue)).isEqualTo(notDueBefore);
  }

  @Test
  void shouldKeepTheStoredRefreshTokenWhenTheRefreshBringsNone() throws Exception {
    int id = connectExpiringSoon("x");
    String refreshToken = asSystem(() -> profiles.tokens(id).orElseThrow()).refreshToken();
    MockPlatforms.answerNextTokenRequest(
        200,
        "{\"access_token\": \"rotated-access\", \"token_type\": \"Bearer\", \"expires_in\": 7200}");

    ProfileTokens fresh = asSystem(() -> profiles.freshTokens(id).orElseThrow());

    ProfileTokens stored = asSystem(() -> profiles.tokens(id).orElseThrow());
    assertThat(fresh.accessToken()).isEqualTo("rotated-access");
    assertThat(stored.accessToken()).isEqualTo("rotated-access");
    assertThat(stored.refreshToken()).isEqualTo(refreshToken);
  }

  @Test
  void shouldMarkTheProfileAndTellItsOwnerWhenTheGrantIsRevoked() throws Exception {
    int id = connectExpiringSoon("x");
    MockPlatforms.answerNextTokenRequest(
        400, "{\"error\": \"invalid_grant\", \"error_description\": \"token revoked\"}");

    assertThatThrownBy(() -> asSystem(() -> profiles.freshTokens(id)))
        .isInstanceOfSatisfying(
            TokenRefreshFailure.class, failure -> assertThat(failure.reconnectRequired()).isTrue());

    assertThat(needsReconnect(id)).isTrue();
    assertThat(events.stream(SocialProfileNeedsReconnect.class))
        .containsExactly(new SocialProfileNeedsReconnect(id, creator, SocialPlatform.Twitter));
    assertThatThrownBy(() -> asSystem(() -> profiles.freshTokens(id)))
        .isInstanceOf(TokenRefreshFailure.class);
    assertThat(events.stream(SocialProfileNeedsReconnect.class)).hasSize(1);
  }

  @Test
  void shouldChangeNothingStoredWhenTheTokenEndpointFails() throws Exception {
    int id = connectExpiringSoon("x");
    ProfileTokens before = asSystem(() -> profiles.tokens(id).orElseThrow());
    String row = storedRow(id);
    MockPlatforms.answerNextTokenRequest(503, "{\"error\": \"temporarily_unavailable\"}");

    ProfileTokens handedOut = asSystem(() -> profiles.freshTokens(id).orElseThrow());

    assertThat(handedOut.accessToken()).isEqualTo(before.accessToken());
    assertThat(storedRow(id)).isEqualTo(row);
    assertThat(events.stream(SocialProfileNeedsReconnect.class)).isEmpty();
  }

  @Test
  void shouldChangeNothingStoredWhenTheTokenEndpointTimesOut() throws Exception {
    int id = connectExpiringSoon("x");
    ProfileTokens before = asSystem(() -> profiles.tokens(id).orElseThrow());
    String row = storedRow(id);
    MockPlatforms.answerNextTokenRequestLate(
        MockPlatformsInitializer.TIMEOUT.plusSeconds(2),
        "{\"access_token\": \"too-late\", \"refresh_token\": \"too-late\", \"expires_in\": 3600}");

    ProfileTokens handedOut = asSystem(() -> profiles.freshTokens(id).orElseThrow());

    assertThat(handedOut.accessToken()).isEqualTo(before.accessToken());
    assertThat(storedRow(id)).isEqualTo(row);
  }

  @Test
  void shouldRefuseAnExpiredTokenWhenTheTokenEndpointFails() throws Exception {
    int id = browser.connect(creator, "x");
    superuser.update(
        "UPDATE segmint.social_profile SET expires_at = now() - interval '1 minute' WHERE id = ?",
        id);
    MockPlatforms.answerNextTokenRequest(502, "<html>Bad gateway</html>");

    assertThatThrownBy(() -> asSystem(() -> profiles.freshTokens(id)))
        .isInstanceOfSatisfying(
            TokenRefreshFailure.class,
            failure -> assertThat(failure.reconnectRequired()).isFalse());
    assertThat(needsReconnect(id)).isFalse();
  }

  @Test
  void shouldWarnOnceBeforeATokenWithoutRefreshExpires() throws Exception {
    int id = connectExpiringSoon("linkedin");

    asSystem(() -> job.warnExpiring());
    asSystem(() -> job.warnExpiring());

    assertThat(events.stream(SocialProfileExpiring.class).filter(e -> e.profileId() == id))
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.userId()).isEqualTo(creator);
              assertThat(warning.platform()).isEqualTo(SocialPlatform.LinkedIn);
            });
    assertThat(asSystem(() -> profiles.freshTokens(id).orElseThrow().profileId())).isEqualTo(id);
    assertThat(MockPlatforms.takeRequest(0)).as("no refresh of a LinkedIn token").isNull();
  }

  @Test
  void shouldHandOutTokensThatAreNotDueWithoutWaitingForARefreshInProgress() throws Exception {
    int id = browser.connect(creator, "x");
    MockPlatforms.forgetRequests();
    try (Connection refreshing = TestDatabase.get().superuser().getConnection()) {
      refreshing.setAutoCommit(false);
      refreshing
          .createStatement()
          .execute("SELECT id FROM segmint.social_profile WHERE id = " + id + " FOR UPDATE");

      ProfileTokens tokens =
          CompletableFuture.supplyAsync(() -> asSystem(() -> profiles.freshTokens(id)))
              .get(10, TimeUnit.SECONDS)
              .orElseThrow();

      assertThat(tokens.profileId()).isEqualTo(id);
      refreshing.rollback();
    }
    assertThat(MockPlatforms.takeRequest(0)).as("no refresh of a token that is not due").isNull();
  }

  /** Connects an account through the whole OAuth flow, then lets its token near its expiry. */
  private int connectExpiringSoon(String platform) throws Exception {
    int id = browser.connect(creator, platform);
    superuser.update(
        "UPDATE segmint.social_profile SET expires_at = now() + interval '2 minutes' WHERE id = ?",
        id);
    MockPlatforms.forgetRequests();
    return id;
  }

  private String storedRow(int id) {
    return superuser.queryForObject(
        "SELECT to_jsonb(p)::text FROM segmint.social_profile p WHERE id = ?", String.class, id);
  }

  private boolean needsReconnect(int id) {
    return superuser.queryForObject(
        "SELECT needs_reconnect FROM segmint.social_profile WHERE id = ?", Boolean.class, id);
  }

  private static <T> T asSystem(Supplier<T> work) {
    return DatabaseActors.callAs(DatabaseActor.system(), work);
  }
}
