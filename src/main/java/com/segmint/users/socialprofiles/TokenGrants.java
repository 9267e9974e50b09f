package com.segmint.users.socialprofiles;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.users.TokenRefresh;

/** The platforms' token endpoints as a refresh needs them; the OAuth clients implement it. */
public interface TokenGrants {

  /** How a platform's tokens are renewed without their owner. */
  enum Renewal {
    /** Not configured here, or no refresh at all (LinkedIn outside its partner programme). */
    NONE,
    /** With a refresh token (RFC 6749 §6). */
    REFRESH_TOKEN,
    /** A long-lived access token renewed with itself (Instagram's {@code ig_refresh_token}). */
    ACCESS_TOKEN
  }

  Renewal renewal(SocialPlatform platform);

  /**
   * Trades a refresh token for new tokens; the answer's refresh token is null when the platform
   * sent none.
   *
   * @throws GrantRevoked when the platform answers {@code invalid_grant}
   * @throws TokenEndpointUnavailable on anything else that failed: 5xx, timeout, garbage
   */
  TokenRefresh refresh(SocialPlatform platform, String refreshToken);

  /**
   * Renews a long-lived access token with itself; the answer has no refresh token.
   *
   * @throws GrantRevoked when the platform says the token is expired or revoked (error 190)
   * @throws TokenEndpointUnavailable on anything else that failed: 5xx, timeout, garbage
   */
  TokenRefresh refreshAccessToken(SocialPlatform platform, String accessToken);
}
