package com.segmint.users.socialprofiles;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.users.TokenRefresh;

/** The platforms' token endpoints as a refresh needs them; the OAuth clients implement it. */
public interface TokenGrants {

  /** Whether the platform is configured here and issues refresh tokens at all. */
  boolean refreshes(SocialPlatform platform);

  /**
   * Trades a refresh token for new tokens; the answer's refresh token is null when the platform
   * sent none.
   *
   * @throws GrantRevoked when the platform answers {@code invalid_grant}
   * @throws TokenEndpointUnavailable on anything else that failed: 5xx, timeout, garbage
   */
  TokenRefresh refresh(SocialPlatform platform, String refreshToken);
}
