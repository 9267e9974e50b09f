package com.segmint.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SegmintIntegrationTest
@AutoConfigureMockMvc
class PlatformPostReconciliationApiTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int creator;
  private int post;

  @BeforeEach
  void createAnUnknownPost() {
    creator = fixtures.user("creator");
    int content = fixtures.content(creator, "Launch", "We launch on Monday");
    post = fixtures.scheduledPost(creator, content, fixtures.socialProfile(creator, "LinkedIn"));
    setStatus("unknown");
  }

  @Test
  void shouldRecordThatAnUnknownPostIsOnThePlatform() throws Exception {
    reconcile(
            creator,
            """
            {"outcome": "posted", "remoteId": "urn:li:share:7",
             "remoteUrl": "https://www.linkedin.com/feed/update/urn:li:share:7"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("posted"))
        .andExpect(jsonPath("$.remoteId").value("urn:li:share:7"))
        .andExpect(jsonPath("$.postedAt").isNotEmpty());
  }

  @Test
  void shouldFailAnUnknownPostThatDidNotPublish() throws Exception {
    reconcile(creator, "{\"outcome\": \"failed\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("failed"));
  }

  @Test
  void shouldScheduleAnUnknownPostAgainOnlyWhenAPersonAsks() throws Exception {
    reconcile(creator, "{\"outcome\": \"retry\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("scheduled"));
    assertThat(statusOf()).isEqualTo("scheduled");
  }

  @Test
  void shouldRefuseToReconcileAPostWhoseOutcomeIsKnown() throws Exception {
    setStatus("failed");

    reconcile(creator, "{\"outcome\": \"retry\"}")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(statusOf()).isEqualTo("failed");
  }

  @Test
  void shouldHideAnotherCreatorsPost() throws Exception {
    reconcile(fixtures.user("creator"), "{\"outcome\": \"failed\"}")
        .andExpect(status().isNotFound());
    assertThat(statusOf()).isEqualTo("unknown");
  }

  @Test
  void shouldNameTheInvalidField() throws Exception {
    reconcile(creator, "{\"outcome\": \"published\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("outcome"));
    reconcile(creator, "{\"outcome\": \"posted\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("remoteId"));
    reconcile(creator, "{\"outcome\": \"posted\", \"remoteId\": \"1\", \"remoteUrl\": \"ftp://x\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("remoteUrl"));
    reconcile(creator, "{\"outcome\": \"failed\", \"remoteId\": \"1\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("remoteId"));
    assertThat(statusOf()).isEqualTo("unknown");
  }

  private ResultActions reconcile(int user, String body) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, "creator").token());
    return mvc.perform(
        post("/api/v1/platform-posts/" + post + "/reconciliation")
            .headers(headers)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private void setStatus(String status) {
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.update(
                "UPDATE segmint.platform_post SET status = ?::segmint.post_status WHERE id = ?",
                status,
                post));
  }

  private String statusOf() {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT status::text FROM segmint.platform_post WHERE id = ?", String.class, post));
  }
}
