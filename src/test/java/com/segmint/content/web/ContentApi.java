package com.segmint.content.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Calls the content API as a given user, with a real access token. */
final class ContentApi {

  static final String CONTENTS = "/api/v1/contents";

  private final MockMvc mvc;
  private final AccessTokenIssuer issuer;

  ContentApi(MockMvc mvc, AccessTokenIssuer issuer) {
    this.mvc = mvc;
    this.issuer = issuer;
  }

  ResultActions perform(int user, String role, MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(
        request.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.issue(user, role).token()));
  }

  ResultActions as(int creator, MockHttpServletRequestBuilder request) throws Exception {
    return perform(creator, "creator", request);
  }

  /** Creates a content through the API; returns its id. */
  int create(int creator, String title, String body) throws Exception {
    MvcResult result =
        as(
                creator,
                post(CONTENTS)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(title, body, "casual")))
            .andReturn();
    if (result.getResponse().getStatus() != 201) {
      throw new AssertionError("create answered " + result.getResponse().getStatus());
    }
    return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
  }

  String etag(int user, int contentId) throws Exception {
    return as(user, get(CONTENTS + "/" + contentId)).andReturn().getResponse().getHeader("ETag");
  }

  MockHttpServletRequestBuilder putText(int contentId, String ifMatch, String title, String body) {
    MockHttpServletRequestBuilder request =
        put(CONTENTS + "/" + contentId)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json(title, body, "casual"));
    return ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch);
  }

  static String json(String title, String body, String tone) {
    return toJson(Map.of("title", title, "body", body, "tone", tone));
  }

  static String toJson(Map<String, ?> fields) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(fields);
  }

  static <T> T read(ResultActions result, String path) throws Exception {
    return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
  }
}
