package com.segmint.users.socialprofiles;

import com.segmint.users.UnreadableTokenException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Encrypts tokens for the social_profile table: Tink AEAD with the row and column as associated
 * data, stored as {@code v1:<Base64 of Tink's ciphertext>}. The prefix names this format, so that a
 * later one can be told apart and migrated.
 */
@Component
class TokenCipher {

  static final String VERSION = "v1:";

  private final TokenKeyset keyset;

  TokenCipher(TokenKeyset keyset) {
    this.keyset = keyset;
  }

  String encrypt(String plaintext, TokenBinding binding) {
    try {
      byte[] ciphertext =
          keyset
              .aead()
              .encrypt(plaintext.getBytes(StandardCharsets.UTF_8), binding.associatedData());
      return VERSION + Base64.getEncoder().encodeToString(ciphertext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Could not encrypt the %s of social profile %d"
              .formatted(binding.column().columnName(), binding.profileId()),
          e);
    }
  }

  /**
   * @throws UnreadableTokenException when no key of the keyset decrypts it under this binding
   */
  String decrypt(String ciphertext, TokenBinding binding) {
    byte[] bytes = decode(ciphertext, binding);
    try {
      return decrypt(bytes, binding);
    } catch (GeneralSecurityException first) {
      if (!keyset.reloadIfChanged()) {
        throw unreadable(binding, first);
      }
      try {
        return decrypt(bytes, binding);
      } catch (GeneralSecurityException second) {
        throw unreadable(binding, second);
      }
    }
  }

  /** The same token encrypted under the current primary key. */
  String reEncrypt(String ciphertext, TokenBinding binding) {
    return encrypt(decrypt(ciphertext, binding), binding);
  }

  /**
   * Whether the primary key made this ciphertext; a rotation skips it then. False whenever it
   * cannot tell, which costs only a needless re-encryption.
   */
  boolean isUnderPrimaryKey(String ciphertext) {
    byte[] prefix = keyset.primaryOutputPrefix();
    if (prefix.length == 0 || !ciphertext.startsWith(VERSION)) {
      return false;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(ciphertext.substring(VERSION.length()));
      return bytes.length > prefix.length
          && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  private String decrypt(byte[] ciphertext, TokenBinding binding) throws GeneralSecurityException {
    return new String(
        keyset.aead().decrypt(ciphertext, binding.associatedData()), StandardCharsets.UTF_8);
  }

  private static byte[] decode(String ciphertext, TokenBinding binding) {
    if (ciphertext == null || !ciphertext.startsWith(VERSION)) {
      throw unreadable(binding, null);
    }
    try {
      return Base64.getDecoder().decode(ciphertext.substring(VERSION.length()));
    } catch (IllegalArgumentException e) {
      throw unreadable(binding, null);
    }
  }

  private static UnreadableTokenException unreadable(TokenBinding binding, Throwable cause) {
    return new UnreadableTokenException(binding.profileId(), binding.column().columnName(), cause);
  }
}
