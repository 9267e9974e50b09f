package com.segmint.config.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Bodies too large, of the wrong type or not JSON at all: each a clear 4xx problem. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class RequestLimitsTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer tokens;

  private String bearer() {
    int user = new Fixtures(TestDatabase.get().app()).user("creator");
    return "Bearer " + tokens.issue(user, "creator").token();
  }

  @Test
  void shouldRefuseABodyOverTheLimitWith413() throws Exception {
    String huge =
        "{\"title\":\"t\",\"tone\":\"casual\",\"body\":\"" + "x".repeat(1_100_000) + "\"}";
    mvc.perform(
            post("/api/v1/contents")
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(huge))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/payload-too-large"));
  }

  @Test
  void shouldRefuseAnotherContentTypeWith415() throws Exception {
    mvc.perform(
            post("/api/v1/contents")
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.TEXT_PLAIN)
                .content("title=t"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"));
  }

  @Test
  void shouldRefuseMalformedJsonWith400() throws Exception {
    mvc.perform(
            post("/api/v1/contents")
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"unclosed"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/malformed-body"));
  }
}
