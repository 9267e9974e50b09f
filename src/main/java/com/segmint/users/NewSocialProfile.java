package com.segmint.users;

import com.segmint.common.schema.enums.SocialPlatform;
import java.time.OffsetDateTime;

/** An account just connected through OAuth, with its tokens in plaintext (never logged). */
public record NewSocialProfile(
    int userId,
    SocialPlatform platform,
    String handle,
    String accessToken,
    String refreshToken,
    OffsetDateTime expiresAt) {

  @Override
  public String toString() {
    return "NewSocialProfile[userId=%d, platform=%s, handle=%s, tokens redacted, expiresAt=%s]"
        .formatted(userId, platform, handle, expiresAt);
  }
}
