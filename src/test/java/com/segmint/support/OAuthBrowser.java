package com.segmint.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A user's browser through an OAuth connect: starts it at Segmint with a bearer token, follows the
 * authorization URL to {@link MockPlatforms} (which logs in without a page and redirects back), and
 * calls Segmint's callback with what the platform sent, as the redirect would.
 */
public final class OAuthBrowser {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private final MockMvc mvc;
  private final AccessTokenIssuer issuer;

  public OAuthBrowser(MockMvc mvc, AccessTokenIssuer issuer) {
    this.mvc = mvc;
    this.issuer = issuer;
  }

  /** The authorization URL Segmint answers for starting a connect. */
  public URI start(int userId, String platform) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/api/v1/social-profiles/connect/" + platform)
                    .header(HttpHeaders.AUTHORIZATION, bearer(userId)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return URI.create(JsonPath.read(response.getContentAsString(), "$.authorizationUrl"));
  }

  /** The redirect back to Segmint that the platform answers to the authorization URL. */
  public URI authorize(URI authorizationUrl) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(authorizationUrl).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    return URI.create(response.headers().firstValue(HttpHeaders.LOCATION).orElseThrow());
  }

  /** Segmint's answer to the browser arriving at a callback URL, without any bearer token. */
  public MockHttpServletResponse callback(URI redirect) throws Exception {
    return mvc.perform(get(redirect)).andReturn().getResponse();
  }

  /** A whole connect; returns the connected profile's id. */
  public int connect(int userId, String platform) throws Exception {
    MockHttpServletResponse response = callback(authorize(start(userId, platform)));
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return JsonPath.read(response.getContentAsString(), "$.id");
  }

  public String bearer(int userId) {
    return "Bearer " + issuer.issue(userId, "creator").token();
  }
}
