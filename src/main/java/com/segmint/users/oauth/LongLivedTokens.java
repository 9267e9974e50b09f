package com.segmint.users.oauth;

import com.segmint.users.TokenRefresh;
import com.segmint.users.socialprofiles.GrantRevoked;
import com.segmint.users.socialprofiles.TokenEndpointUnavailable;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Instagram's long-lived access tokens (60 days, no refresh token): the exchange of a short-lived
 * token for one, and its refresh with itself. Both are GETs with the token in the query, as the
 * Graph API wants them. Error 190 (an expired or revoked token) means only a reconnect helps.
 */
@Component
class LongLivedTokens {

  private static final int INVALID_ACCESS_TOKEN = 190;

  private final OAuthHttp http;

  LongLivedTokens(OAuthHttp http) {
    this.http = http;
  }

  /** Trades the short-lived token of a code exchange for a long-lived one. */
  TokenRefresh exchange(PlatformClient client, String shortLivedToken) {
    URI uri =
        UriComponentsBuilder.fromUri(client.longLivedTokenUri())
            .queryParam("grant_type", "ig_exchange_token")
            .queryParam("client_secret", client.clientSecret())
            .queryParam("access_token", shortLivedToken)
            .encode()
            .build()
            .toUri();
    return call(uri, "exchanging");
  }

  /** Renews a long-lived token that is at least a day old and not expired. */
  TokenRefresh refresh(PlatformClient client, String accessToken) {
    URI uri =
        UriComponentsBuilder.fromUri(client.accessTokenRefreshUri())
            .queryParam("grant_type", "ig_refresh_token")
            .queryParam("access_token", accessToken)
            .encode()
            .build()
            .toUri();
    return call(uri, "refreshing");
  }

  private TokenRefresh call(URI uri, String action) {
    OAuthHttp.Answer answer;
    try {
      answer = http.get(uri);
    } catch (IOException e) {
      throw new TokenEndpointUnavailable(
          action + " the long-lived token got no answer: " + e.getMessage(), e);
    }
    int errorCode = answer.body().path("error").path("code").asInt(0);
    if (errorCode == INVALID_ACCESS_TOKEN) {
      throw new GrantRevoked(
          "error 190, " + answer.body().path("error").path("message").asString(""));
    }
    String accessToken = answer.text("access_token");
    long expiresIn = answer.body().path("expires_in").asLong(0);
    if (!answer.ok() || accessToken == null || accessToken.isBlank() || expiresIn <= 0) {
      throw new TokenEndpointUnavailable(
          "%s the long-lived token answered %d (error code %d)"
              .formatted(action, answer.status(), errorCode),
          null);
    }
    return new TokenRefresh(
        accessToken, null, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(expiresIn));
  }
}
