package com.segmint.users;

import java.time.OffsetDateTime;

/**
 * A profile's decrypted tokens; {@code refreshToken} is null when the platform issued none. Its
 * {@code toString} never shows them.
 */
public record ProfileTokens(
    int profileId, String accessToken, String refreshToken, OffsetDateTime expiresAt) {

  @Override
  public String toString() {
    return "ProfileTokens[profileId=%d, tokens redacted, expiresAt=%s]"
        .formatted(profileId, expiresAt);
  }
}
