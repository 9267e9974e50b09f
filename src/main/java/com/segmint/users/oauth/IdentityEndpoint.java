package com.segmint.users.oauth;

import com.segmint.users.socialprofiles.TokenEndpointUnavailable;
import java.io.IOException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** A platform's identity (userinfo, "me") endpoint: whose account the access token opens. */
@Component
class IdentityEndpoint {

  private static final int MAX_HANDLE_LENGTH = 100;

  private final OAuthHttp http;

  IdentityEndpoint(OAuthHttp http) {
    this.http = http;
  }

  /** The account's handle at the client's JSON pointer. */
  String handle(PlatformClient client, String accessToken) {
    OAuthHttp.Answer answer;
    try {
      answer = http.getWithBearer(client.identityUri(), accessToken);
    } catch (IOException e) {
      throw new TokenEndpointUnavailable("the identity endpoint did not answer", e);
    }
    JsonNode handle = answer.body().at(client.handlePointer());
    String text = handle.isValueNode() ? handle.asString().strip() : "";
    if (!answer.ok() || text.isEmpty() || text.length() > MAX_HANDLE_LENGTH) {
      throw new TokenEndpointUnavailable(
          "the identity endpoint answered %d without a usable handle".formatted(answer.status()),
          null);
    }
    return text;
  }
}
