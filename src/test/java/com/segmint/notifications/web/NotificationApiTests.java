package com.segmint.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The creator hears of every decision on their workflows, and only they do. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class NotificationApiTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int owner;
  private int approver;
  private int reviewer;
  private int workflow;

  @BeforeEach
  void openAWorkflow() {
    owner = fixtures.user("creator");
    approver = fixtures.user("team_member");
    reviewer = fixtures.user("team_member");
    int content = fixtures.content(owner, "Launch", "We launch on Monday");
    workflow = fixtures.workflow(owner, content, approver, "approver");
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.user(owner, "creator"),
        sql ->
            sql.update(
                "INSERT INTO segmint.team_member (workflow_id, member_id, role)"
                    + " VALUES (?, ?, 'reviewer')",
                workflow,
                reviewer));
  }

  @Test
  void shouldNotifyTheCreatorOfEachDecisionAndNoOneElse() throws Exception {
    decide(reviewer, "{\"kind\": \"comment\", \"message\": \"Love it\"}");
    decide(approver, "{\"kind\": \"approve\"}");

    List<String> messages = awaitNotifications(owner, 2);
    assertThat(messages.get(0)).contains("approved \"Launch\"").contains("(workflow approved)");
    assertThat(messages.get(1)).contains("commented on \"Launch\": Love it");
    assertThat(notificationsOf(approver, "team_member")).isEmpty();
    assertThat(notificationsOf(reviewer, "team_member")).isEmpty();
    assertThat(notificationsOf(fixtures.user("admin"), "admin")).isEmpty();
  }

  @Test
  void shouldLetOnlyTheCreatorMarkANotificationRead() throws Exception {
    decide(approver, "{\"kind\": \"reject\", \"message\": \"Not this week\"}");
    awaitNotifications(owner, 1);
    long id = latestNotificationId(owner);
    String path = "/api/v1/notifications/" + id + "/read";

    mvc.perform(post(path).headers(auth(approver, "team_member"))).andExpect(status().isNotFound());
    mvc.perform(post(path).headers(auth(owner, "creator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("workflow_reject"))
        .andExpect(jsonPath("$.readAt").isNotEmpty());
  }

  @Test
  void shouldDeleteTheEventsPublicationOnceItIsHandled() throws Exception {
    decide(approver, "{\"kind\": \"approve\"}");
    awaitNotifications(owner, 1);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(publicationsOfTheWorkflow()).isZero());
  }

  private int publicationsOfTheWorkflow() {
    return Sessions.call(
        TestDatabase.get().superuser(),
        null,
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.event_publication"
                    + " WHERE event_type LIKE '%WorkflowDecided'"
                    + " AND serialized_event LIKE ?",
                Integer.class, "%\"workflowId\":" + workflow + ",%"));
  }

  private void decide(int user, String body) throws Exception {
    mvc.perform(
            post("/api/v1/workflows/" + workflow + "/decisions")
                .headers(auth(user, "team_member"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());
  }

  private List<String> awaitNotifications(int user, int count) throws Exception {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(notificationsOf(user, "creator")).hasSize(count));
    return notificationsOf(user, "creator");
  }

  private List<String> notificationsOf(int user, String role) throws Exception {
    String page =
        mvc.perform(get("/api/v1/notifications").headers(auth(user, role)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.nextCursor").value(Matchers.nullValue()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(page, "$.items[*].message");
  }

  private long latestNotificationId(int user) throws Exception {
    String page =
        mvc.perform(get("/api/v1/notifications").param("limit", "1").headers(auth(user, "creator")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(page, "$.items[0].id")).longValue();
  }

  private HttpHeaders auth(int user, String role) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, role).token());
    return headers;
  }
}
