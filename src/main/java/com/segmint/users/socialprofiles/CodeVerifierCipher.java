package com.segmint.users.socialprofiles;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Encrypts the PKCE code_verifier of an OAuth connect in progress with the tokens' keyset, bound to
 * the hash of its state: a verifier copied to another authorization row does not decrypt. Same
 * {@code v1:} format as {@link TokenCipher}; verifiers live minutes, so key rotation leaves them.
 */
@Component
public class CodeVerifierCipher {

  private final TokenKeyset keyset;

  CodeVerifierCipher(TokenKeyset keyset) {
    this.keyset = keyset;
  }

  public String encrypt(String verifier, byte[] stateHash) {
    try {
      byte[] ciphertext =
          keyset
              .aead()
              .encrypt(verifier.getBytes(StandardCharsets.UTF_8), associatedData(stateHash));
      return TokenCipher.VERSION + Base64.getEncoder().encodeToString(ciphertext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a code verifier", e);
    }
  }

  /** Empty when no key decrypts it under this state: the row was tampered with or copied. */
  public Optional<String> decrypt(String ciphertext, byte[] stateHash) {
    if (!ciphertext.startsWith(TokenCipher.VERSION)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(ciphertext.substring(TokenCipher.VERSION.length()));
      byte[] plaintext = keyset.aead().decrypt(bytes, associatedData(stateHash));
      return Optional.of(new String(plaintext, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] associatedData(byte[] stateHash) {
    return ("oauth_authorization:" + HexFormat.of().formatHex(stateHash) + ":code_verifier")
        .getBytes(StandardCharsets.UTF_8);
  }
}
