package com.segmint.users.oauth;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One platform's OAuth client: its endpoints, where the account's handle is in the identity
 * endpoint's JSON (a JSON pointer), our client id and secret, the scopes and extra authorization
 * parameters to ask for, whether it issues refresh tokens, and how it wants the client to
 * authenticate at its token endpoint. Without a client id the platform is not configured.
 *
 * <p>Instagram issues no refresh token but a long-lived access token: {@code longLivedTokenUri}
 * trades the short-lived token of the code exchange for it ({@code ig_exchange_token}), and {@code
 * accessTokenRefreshUri} renews it with itself ({@code ig_refresh_token}). Other platforms leave
 * both unset.
 */
record PlatformClient(
    URI authorizationUri,
    URI tokenUri,
    URI identityUri,
    String handlePointer,
    String clientId,
    String clientSecret,
    @DefaultValue List<String> scopes,
    @DefaultValue Map<String, String> authorizationParameters,
    @DefaultValue("true") boolean issuesRefreshTokens,
    @DefaultValue("post") ClientAuthentication clientAuthentication,
    URI longLivedTokenUri,
    URI accessTokenRefreshUri) {

  enum ClientAuthentication {
    /** client_id and client_secret in the form body */
    POST,
    /** HTTP Basic with client_id and client_secret */
    BASIC
  }

  boolean configured() {
    return clientId != null
        && !clientId.isBlank()
        && authorizationUri != null
        && tokenUri != null
        && identityUri != null
        && handlePointer != null;
  }

  boolean hasSecret() {
    return clientSecret != null && !clientSecret.isBlank();
  }

  @Override
  public String toString() {
    return "PlatformClient[clientId=%s, secret redacted, tokenUri=%s]"
        .formatted(clientId, tokenUri);
  }
}
