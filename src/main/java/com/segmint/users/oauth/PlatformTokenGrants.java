package com.segmint.users.oauth;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.users.TokenRefresh;
import com.segmint.users.socialprofiles.TokenEndpointUnavailable;
import com.segmint.users.socialprofiles.TokenGrants;
import org.springframework.stereotype.Component;

/** Token refresh through the configured platform clients. */
@Component
class PlatformTokenGrants implements TokenGrants {

  private final OAuthPlatforms platforms;
  private final TokenEndpoint tokenEndpoint;

  PlatformTokenGrants(OAuthPlatforms platforms, TokenEndpoint tokenEndpoint) {
    this.platforms = platforms;
    this.tokenEndpoint = tokenEndpoint;
  }

  @Override
  public boolean refreshes(SocialPlatform platform) {
    return platforms.client(platform).filter(PlatformClient::issuesRefreshTokens).isPresent();
  }

  @Override
  public TokenRefresh refresh(SocialPlatform platform, String refreshToken) {
    PlatformClient client =
        platforms
            .client(platform)
            .orElseThrow(() -> new TokenEndpointUnavailable(platform + " is not configured", null));
    return tokenEndpoint.refresh(client, refreshToken);
  }
}
