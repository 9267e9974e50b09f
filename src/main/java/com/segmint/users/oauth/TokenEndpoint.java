package com.segmint.users.oauth;

import com.segmint.users.TokenRefresh;
import com.segmint.users.socialprofiles.GrantRevoked;
import com.segmint.users.socialprofiles.TokenEndpointUnavailable;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/** A platform's token endpoint (RFC 6749 §4.1.3 and §6): code exchange with PKCE, refresh. */
@Component
class TokenEndpoint {

  /** What a platform that sends no {@code expires_in} is assumed to grant: the usual hour. */
  private static final long DEFAULT_LIFETIME_SECONDS = 3600;

  private final OAuthHttp http;

  TokenEndpoint(OAuthHttp http) {
    this.http = http;
  }

  TokenRefresh exchange(PlatformClient client, String code, String verifier, URI redirectUri) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "authorization_code");
    form.add("code", code);
    form.add("redirect_uri", redirectUri.toString());
    form.add("code_verifier", verifier);
    return call(client, form);
  }

  TokenRefresh refresh(PlatformClient client, String refreshToken) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "refresh_token");
    form.add("refresh_token", refreshToken);
    return call(client, form);
  }

  private TokenRefresh call(PlatformClient client, MultiValueMap<String, String> form) {
    form.add("client_id", client.clientId());
    if (client.hasSecret()
        && client.clientAuthentication() == PlatformClient.ClientAuthentication.POST) {
      form.add("client_secret", client.clientSecret());
    }
    OAuthHttp.Answer answer;
    try {
      answer = http.postForm(client.tokenUri(), form, headers -> authenticate(client, headers));
    } catch (IOException e) {
      throw new TokenEndpointUnavailable("the token endpoint did not answer: " + e.getMessage(), e);
    }
    if ("invalid_grant".equals(answer.text("error"))) {
      throw new GrantRevoked(String.valueOf(answer.text("error_description")));
    }
    String accessToken = accessToken(answer);
    if (!answer.ok() || accessToken == null || accessToken.isBlank()) {
      throw new TokenEndpointUnavailable(
          "the token endpoint answered %d %s".formatted(answer.status(), answer.text("error")),
          null);
    }
    return new TokenRefresh(accessToken, answer.text("refresh_token"), expiresAt(answer));
  }

  /** Instagram's code exchange answers {@code {"data": [{"access_token": ...}]}}. */
  private static String accessToken(OAuthHttp.Answer answer) {
    String flat = answer.text("access_token");
    if (flat != null) {
      return flat;
    }
    JsonNode nested = answer.body().at("/data/0/access_token");
    return nested.isString() ? nested.asString() : null;
  }

  private static void authenticate(PlatformClient client, HttpHeaders headers) {
    if (client.hasSecret()
        && client.clientAuthentication() == PlatformClient.ClientAuthentication.BASIC) {
      headers.setBasicAuth(client.clientId(), client.clientSecret());
    }
  }

  private static OffsetDateTime expiresAt(OAuthHttp.Answer answer) {
    long seconds = answer.body().path("expires_in").asLong(DEFAULT_LIFETIME_SECONDS);
    return OffsetDateTime.now(ZoneOffset.UTC)
        .plusSeconds(seconds > 0 ? seconds : DEFAULT_LIFETIME_SECONDS);
  }
}
