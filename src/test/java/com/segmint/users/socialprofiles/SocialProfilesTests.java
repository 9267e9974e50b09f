package com.segmint.users.socialprofiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import com.segmint.users.NewSocialProfile;
import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfiles;
import com.segmint.users.TokenRefresh;
import com.segmint.users.UnreadableTokenException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@SegmintIntegrationTest
class SocialProfilesTests {

  @Autowired SocialProfiles profiles;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private final OffsetDateTime expiresAt =
      OffsetDateTime.now().plusHours(1).truncatedTo(ChronoUnit.SECONDS);
  private int creator;
  private String accessToken;
  private String refreshToken;

  @BeforeEach
  void createCreator() {
    creator = fixtures.user("creator");
    accessToken = Fixtures.unique("access");
    refreshToken = Fixtures.unique("refresh");
  }

  @Test
  void shouldStoreNothingThatShowsOrDecodesToTheTokensYetHandThemBack() {
    int id = connect(accessToken, refreshToken);

    StoredTokens stored = StoredTokens.of(id);

    assertHidden(stored.accessToken(), accessToken);
    assertHidden(stored.refreshToken(), refreshToken);
    ProfileTokens tokens = asCreator(() -> profiles.tokens(id)).orElseThrow();
    assertThat(tokens.accessToken()).isEqualTo(accessToken);
    assertThat(tokens.refreshToken()).isEqualTo(refreshToken);
    assertThat(tokens.expiresAt()).isAtSameInstantAs(expiresAt);
    assertThat(tokens.toString()).doesNotContain(accessToken, refreshToken);
  }

  @Test
  void shouldNotDecryptAnAccessTokenCopiedToAnotherProfile() {
    int original = connect(accessToken, refreshToken);
    int other = connect(Fixtures.unique("other-access"), null);

    new StoredTokens(StoredTokens.of(original).accessToken(), null).writeTo(other);

    assertThatThrownBy(() -> asCreator(() -> profiles.tokens(other)))
        .isInstanceOfSatisfying(
            UnreadableTokenException.class,
            unreadable -> {
              assertThat(unreadable.profileId()).isEqualTo(other);
              assertThat(unreadable.column()).isEqualTo("access_token");
            });
  }

  @Test
  void shouldNotDecryptAnAccessTokenCopiedIntoTheRefreshTokenColumn() {
    int id = connect(accessToken, refreshToken);
    StoredTokens stored = StoredTokens.of(id);

    new StoredTokens(stored.accessToken(), stored.accessToken()).writeTo(id);

    assertThatThrownBy(() -> asCreator(() -> profiles.tokens(id)))
        .isInstanceOfSatisfying(
            UnreadableTokenException.class,
            unreadable -> assertThat(unreadable.column()).isEqualTo("refresh_token"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void shouldKeepTheStoredRefreshTokenWhenARefreshBringsNone(String none) {
    int id = connect(accessToken, refreshToken);
    String newAccessToken = Fixtures.unique("new-access");

    asCreator(
        () -> {
          profiles.refreshTokens(
              id, new TokenRefresh(newAccessToken, none, expiresAt.plusHours(1)));
          return null;
        });

    ProfileTokens tokens = asCreator(() -> profiles.tokens(id)).orElseThrow();
    assertThat(tokens.accessToken()).isEqualTo(newAccessToken);
    assertThat(tokens.refreshToken()).isEqualTo(refreshToken);
    assertThat(tokens.expiresAt()).isAtSameInstantAs(expiresAt.plusHours(1));
  }

  @Test
  void shouldReplaceTheRefreshTokenWhenARefreshBringsANewOne() {
    int id = connect(accessToken, refreshToken);
    String newRefreshToken = Fixtures.unique("new-refresh");

    asCreator(
        () -> {
          profiles.refreshTokens(
              id, new TokenRefresh(Fixtures.unique("new-access"), newRefreshToken, expiresAt));
          return null;
        });

    assertThat(asCreator(() -> profiles.tokens(id)).orElseThrow().refreshToken())
        .isEqualTo(newRefreshToken);
    assertHidden(StoredTokens.of(id).refreshToken(), newRefreshToken);
  }

  @Test
  void shouldStoreNullWhenThePlatformIssuedNoRefreshToken() {
    int id = connect(accessToken, "");

    assertThat(StoredTokens.of(id).refreshToken()).isNull();
    assertThat(asCreator(() -> profiles.tokens(id)).orElseThrow().refreshToken()).isNull();
  }

  @Test
  void shouldNotHandOutAnotherCreatorsTokens() {
    int id = connect(accessToken, refreshToken);
    int stranger = fixtures.user("creator");

    assertThat(
            DatabaseActors.callAs(
                DatabaseActor.user(stranger, "creator"), () -> profiles.tokens(id)))
        .isEmpty();
  }

  private int connect(String access, String refresh) {
    return asCreator(
        () ->
            profiles.connect(
                new NewSocialProfile(
                    creator,
                    SocialPlatform.LinkedIn,
                    Fixtures.unique("handle"),
                    access,
                    refresh,
                    expiresAt)));
  }

  private <T> T asCreator(Supplier<T> work) {
    return DatabaseActors.callAs(DatabaseActor.user(creator, "creator"), work);
  }

  private static void assertHidden(String stored, String plaintext) {
    byte[] plaintextBytes = plaintext.getBytes(StandardCharsets.UTF_8);
    assertThat(stored)
        .startsWith("v1:")
        .doesNotContain(plaintext)
        .doesNotContain(Base64.getEncoder().encodeToString(plaintextBytes));
    byte[] decoded = Base64.getDecoder().decode(stored.substring("v1:".length()));
    assertThat(new String(decoded, StandardCharsets.ISO_8859_1)).doesNotContain(plaintext);
  }
}
