package com.segmint.users.socialprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import com.segmint.support.TestKeyset;
import com.segmint.users.KeyRotationResult;
import com.segmint.users.NewSocialProfile;
import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfiles;
import com.segmint.users.TokenKeyRotation;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SegmintIntegrationTest
class TokenKeyRotationTests {

  @Autowired TokenKeyRotation rotation;
  @Autowired TokenKeyRotator rotator;
  @Autowired TokenKeyset keyset;
  @Autowired TokenCipher cipher;
  @Autowired SocialProfiles profiles;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int creator;

  @BeforeEach
  void createCreator() {
    creator = fixtures.user("creator");
  }

  @Test
  void shouldReEncryptEveryRowUnderANewPersistedPrimaryKey() {
    int withBoth = connect("access-1", "refresh-1");
    int withoutRefresh = connect("access-2", null);
    StoredTokens bothBefore = StoredTokens.of(withBoth);
    StoredTokens accessOnlyBefore = StoredTokens.of(withoutRefresh);
    int primaryBefore = keyset.primaryKeyId();
    int keysBefore = keyset.size();

    KeyRotationResult result = rotation.rotate();

    assertThat(keyset.primaryKeyId()).isNotEqualTo(primaryBefore);
    assertThat(keyset.size()).as("the old keys stay").isEqualTo(keysBefore + 1);
    assertThat(TokenKeyset.open(TestKeyset.path()).primaryKeyId())
        .as("the new primary key is in the file")
        .isEqualTo(keyset.primaryKeyId());
    assertThat(result.reEncrypted()).isGreaterThanOrEqualTo(2);
    StoredTokens bothAfter = StoredTokens.of(withBoth);
    StoredTokens accessOnlyAfter = StoredTokens.of(withoutRefresh);
    assertThat(bothAfter.accessToken()).isNotEqualTo(bothBefore.accessToken());
    assertThat(bothAfter.refreshToken()).isNotEqualTo(bothBefore.refreshToken());
    assertThat(accessOnlyAfter.accessToken()).isNotEqualTo(accessOnlyBefore.accessToken());
    assertThat(accessOnlyAfter.refreshToken()).isNull();
    assertThat(bothAfter.accessToken()).satisfies(this::isUnderPrimaryKey);
    assertThat(tokensOf(withBoth).accessToken()).isEqualTo("access-1");
    assertThat(tokensOf(withBoth).refreshToken()).isEqualTo("refresh-1");
    assertThat(tokensOf(withoutRefresh).accessToken()).isEqualTo("access-2");
  }

  @Test
  void shouldStillDecryptARowTheRotationHasNotReachedYet() {
    int id = connect("access-3", "refresh-3");
    StoredTokens beforeRotation = StoredTokens.of(id);

    rotation.rotate();
    beforeRotation.writeTo(id);

    assertThat(cipher.isUnderPrimaryKey(StoredTokens.of(id).accessToken())).isFalse();
    assertThat(tokensOf(id).accessToken()).isEqualTo("access-3");
    assertThat(tokensOf(id).refreshToken()).isEqualTo("refresh-3");
  }

  @Test
  void shouldFinishAnInterruptedReEncryptionWithoutRewritingRowsAlreadyDone() {
    int notReached = connect("access-4", "refresh-4");
    int done = connect("access-5", "refresh-5");
    StoredTokens beforeRotation = StoredTokens.of(notReached);
    rotation.rotate();
    StoredTokens doneAfterRotation = StoredTokens.of(done);
    beforeRotation.writeTo(notReached);

    KeyRotationResult resumed = rotator.reEncryptAll(1);

    assertThat(resumed.reEncrypted()).isGreaterThanOrEqualTo(1);
    assertThat(StoredTokens.of(done)).isEqualTo(doneAfterRotation);
    assertThat(StoredTokens.of(notReached).accessToken()).satisfies(this::isUnderPrimaryKey);
    assertThat(tokensOf(notReached).refreshToken()).isEqualTo("refresh-4");
  }

  private void isUnderPrimaryKey(String ciphertext) {
    assertThat(cipher.isUnderPrimaryKey(ciphertext)).as("made by the primary key").isTrue();
  }

  private int connect(String accessToken, String refreshToken) {
    return DatabaseActors.callAs(
        DatabaseActor.user(creator, "creator"),
        () ->
            profiles.connect(
                new NewSocialProfile(
                    creator,
                    SocialPlatform.YouTube,
                    Fixtures.unique("handle"),
                    accessToken,
                    refreshToken,
                    OffsetDateTime.now().plusHours(1))));
  }

  private ProfileTokens tokensOf(int id) {
    return DatabaseActors.callAs(DatabaseActor.system(), () -> profiles.tokens(id)).orElseThrow();
  }
}
