package com.segmint.users.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the platforms' OAuth endpoints: a timeout on every call, no redirects followed, answers
 * read as JSON whatever their status. Bodies are never logged: they carry tokens.
 */
@Component
class OAuthHttp {

  /** A platform's answer: its status and its body as JSON (an empty object when not JSON). */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    String text(String field) {
      JsonNode value = body.get(field);
      return value != null && value.isValueNode() && !value.isNull() ? value.asString() : null;
    }
  }

  private final RestClient http;

  OAuthHttp(OAuthProperties properties) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(properties.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
    requests.setReadTimeout(properties.timeout());
    this.http = RestClient.builder().requestFactory(requests).build();
  }

  /**
   * @throws IOException when the platform cannot be reached or does not answer in time
   */
  Answer postForm(URI uri, MultiValueMap<String, String> form, Consumer<HttpHeaders> headers)
      throws IOException {
    try {
      return http.post()
          .uri(uri)
          .contentType(MediaType.APPLICATION_FORM_URLENCODED)
          .accept(MediaType.APPLICATION_JSON)
          .headers(headers)
          .body(form)
          .exchange((request, response) -> read(response.getStatusCode().value(), response));
    } catch (RestClientException e) {
      throw new IOException("no answer from " + uri.getHost(), e);
    }
  }

  /**
   * A GET whose credentials are in the query (as the Graph API's token endpoints want them): the
   * URI is never logged.
   *
   * @throws IOException when the platform cannot be reached or does not answer in time
   */
  Answer get(URI uri) throws IOException {
    try {
      return http.get()
          .uri(uri)
          .accept(MediaType.APPLICATION_JSON)
          .exchange((request, response) -> read(response.getStatusCode().value(), response));
    } catch (RestClientException e) {
      throw new IOException("no answer from " + uri.getHost(), e);
    }
  }

  /**
   * @throws IOException when the platform cannot be reached or does not answer in time
   */
  Answer getWithBearer(URI uri, String accessToken) throws IOException {
    try {
      return http.get()
          .uri(uri)
          .accept(MediaType.APPLICATION_JSON)
          .headers(headers -> headers.setBearerAuth(accessToken))
          .exchange((request, response) -> read(response.getStatusCode().value(), response));
    } catch (RestClientException e) {
      throw new IOException("no answer from " + uri.getHost(), e);
    }
  }

  private static Answer read(
      int status, RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response)
      throws IOException {
    byte[] body = response.getBody().readAllBytes();
    try {
      JsonNode json = JsonMapper.shared().readTree(body);
      return new Answer(
          status, json == null || !json.isObject() ? JsonMapper.shared().createObjectNode() : json);
    } catch (JacksonException notJson) {
      return new Answer(status, JsonMapper.shared().createObjectNode());
    }
  }
}
