package com.segmint.users.socialprofiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.users.UnreadableTokenException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTests {

  private static final String TOKEN = "AQV9-linkedin-access-token";

  @TempDir Path directory;

  private TokenKeyset keyset;
  private TokenCipher cipher;

  @BeforeEach
  void createKeyset() {
    keyset = TokenKeyset.openOrGenerate(directory.resolve("keyset.json"));
    cipher = new TokenCipher(keyset);
  }

  @Test
  void shouldWriteVersionedBase64ThatNeitherShowsNorRepeatsThePlaintext() {
    String first = cipher.encrypt(TOKEN, TokenBinding.accessToken(1));
    String second = cipher.encrypt(TOKEN, TokenBinding.accessToken(1));

    assertThat(first).startsWith("v1:").doesNotContain(TOKEN);
    byte[] decoded = Base64.getDecoder().decode(first.substring(3));
    assertThat(new String(decoded, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
    assertThat(second).as("a fresh nonce each time").isNotEqualTo(first);
    assertThat(cipher.decrypt(first, TokenBinding.accessToken(1))).isEqualTo(TOKEN);
  }

  @Test
  void shouldNotDecryptUnderAnotherRowOrColumn() {
    String ciphertext = cipher.encrypt(TOKEN, TokenBinding.accessToken(1));

    assertThatThrownBy(() -> cipher.decrypt(ciphertext, TokenBinding.accessToken(2)))
        .isInstanceOf(UnreadableTokenException.class);
    assertThatThrownBy(() -> cipher.decrypt(ciphertext, TokenBinding.refreshToken(1)))
        .isInstanceOf(UnreadableTokenException.class);
  }

  @Test
  void shouldRefuseAPlaintextValueWithoutQuotingIt() {
    assertThatThrownBy(() -> cipher.decrypt(TOKEN, TokenBinding.refreshToken(3)))
        .isInstanceOfSatisfying(
            UnreadableTokenException.class,
            unreadable -> {
              assertThat(unreadable.profileId()).isEqualTo(3);
              assertThat(unreadable.column()).isEqualTo("refresh_token");
              assertThat(unreadable.getMessage()).doesNotContain(TOKEN);
            });
  }

  @Test
  void shouldDecryptWhatAnOldKeyEncryptedAndTellItFromThePrimaryKeysWork() {
    TokenBinding binding = TokenBinding.accessToken(4);
    String underOldKey = cipher.encrypt(TOKEN, binding);
    assertThat(cipher.isUnderPrimaryKey(underOldKey)).isTrue();

    keyset.rotate();
    String reEncrypted = cipher.reEncrypt(underOldKey, binding);

    assertThat(cipher.isUnderPrimaryKey(underOldKey)).isFalse();
    assertThat(cipher.decrypt(underOldKey, binding)).isEqualTo(TOKEN);
    assertThat(cipher.isUnderPrimaryKey(reEncrypted)).isTrue();
    assertThat(cipher.decrypt(reEncrypted, binding)).isEqualTo(TOKEN);
  }
}
