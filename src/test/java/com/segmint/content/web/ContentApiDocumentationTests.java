package com.segmint.content.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.support.SegmintIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document describes the content endpoints with their error statuses. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class ContentApiDocumentationTests {

  private static final String PROBLEM = "['application/problem+json']";

  @Autowired MockMvc mvc;

  @Test
  void shouldDocumentOptimisticLockingFailuresAsProblems() throws Exception {
    String put = "$.paths['/api/v1/contents/{id}'].put.responses";
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath(put + "['412'].content" + PROBLEM).exists())
        .andExpect(jsonPath(put + "['428'].content" + PROBLEM).exists())
        .andExpect(jsonPath(put + "['404'].content" + PROBLEM).exists())
        .andExpect(jsonPath(put + "['400'].content" + PROBLEM).exists())
        .andExpect(jsonPath(put + "['401']").exists());
  }

  @Test
  void shouldDocumentEveryContentEndpoint() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(jsonPath("$.paths['/api/v1/contents'].post.responses['201']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/contents'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/contents/{id}'].delete.responses['204']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/contents/{id}/restore'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/contents/search'].get.responses['400']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/contents/recent'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/contents/latest-per-platform'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/contents/{id}/posts'].get.responses['404']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/contents/{id}/ideas'].get").exists())
        .andExpect(
            jsonPath("$.paths['/api/v1/contents/{id}/ideas/{ideaId}/accept'].post.responses['409']")
                .exists())
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/contents/{id}/ideas/{ideaId}/dismiss'].post.responses['409']")
                .exists());
  }
}
