package com.segmint.users.oauth;

import com.segmint.common.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** RFC 7636 PKCE with S256, and the random one-time values of a connect. */
final class Pkce {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private Pkce() {}

  /** 256 random bits as 43 base64url characters: a valid code_verifier, and a good state. */
  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  /** The S256 code_challenge of a verifier: base64url(SHA-256(ASCII(verifier))). */
  static String challenge(String verifier) {
    return BASE64URL.encodeToString(sha256(verifier));
  }

  static byte[] sha256(String value) {
    return Sha256.of(value.getBytes(StandardCharsets.US_ASCII));
  }
}
