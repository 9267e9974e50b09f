package com.segmint.users;

import java.time.OffsetDateTime;

/**
 * What a platform returned on a token refresh; a null or blank {@code refreshToken} means "keep the
 * stored one". Its {@code toString} never shows the tokens.
 */
public record TokenRefresh(String accessToken, String refreshToken, OffsetDateTime expiresAt) {

  @Override
  public String toString() {
    return "TokenRefresh[tokens redacted, expiresAt=%s]".formatted(expiresAt);
  }
}
