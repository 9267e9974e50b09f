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
  private final LongLivedTokens longLivedTokens;

  PlatformTokenGrants(
      OAuthPlatforms platforms, TokenEndpoint tokenEndpoint, LongLivedTokens longLivedTokens) {
    this.platforms = platforms;
    this.tokenEndpoint = tokenEndpoint;
    this.longLivedTokens = longLivedTokens;
  }

  @Override
  public Renewal renewal(SocialPlatform platform) {
    return platforms.client(platform).map(PlatformTokenGrants::renewal).orElse(Renewal.NONE);
  }

  @Override
  public TokenRefresh refresh(SocialPlatform platform, String refreshToken) {
    return tokenEndpoint.refresh(client(platform), refreshToken);
  }

  @Override
  public TokenRefresh refreshAccessToken(SocialPlatform platform, String accessToken) {
    return longLivedTokens.refresh(client(platform), accessToken);
  }

  private PlatformClient client(SocialPlatform platform) {
    return platforms
        .client(platform)
        .orElseThrow(() -> new TokenEndpointUnavailable(platform + " is not configured", null));
  }

  private static Renewal renewal(PlatformClient client) {
    if (client.accessTokenRefreshUri() != null) {
      return Renewal.ACCESS_TOKEN;
    }
    return client.issuesRefreshTokens() ? Renewal.REFRESH_TOKEN : Renewal.NONE;
  }
}
