package com.segmint.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Who may decide what and when, and what a workflow's status then is: the database's rules. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class ApprovalRulesTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int owner;
  private int content;
  private int first;
  private int second;
  private int third;
  private int reviewer;

  @BeforeEach
  void createContentAndTeam() {
    owner = fixtures.user("creator");
    content = fixtures.content(owner, "Launch", "We launch on Monday");
    first = fixtures.user("team_member");
    second = fixtures.user("team_member");
    third = fixtures.user("team_member");
    reviewer = fixtures.user("team_member");
  }

  @Test
  void shouldRefuseSelfApprovalEvenWhenTheAuthorIsAnApprover() throws Exception {
    int workflow = open(null, member(owner, "approver", 1), member(first, "approver", 1));

    decide(owner, workflow, "approve", null)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value(Matchers.endsWith("/forbidden")))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("own content")));
    assertThat(statusOf(workflow)).isEqualTo("pending");
  }

  @Test
  void shouldApproveWhenTwoOfThreeApproversApprove() throws Exception {
    int workflow =
        open(
            2,
            member(first, "approver", 1),
            member(second, "approver", 1),
            member(third, "approver", 1));

    decide(first, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(statusOf(workflow)).isEqualTo("pending");
    decide(second, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(statusOf(workflow)).isEqualTo("approved");
    decide(third, workflow, "approve", null).andExpect(status().isConflict());
  }

  @Test
  void shouldWaitForEveryApproverWithoutAPolicy() throws Exception {
    int workflow = open(null, member(first, "approver", 1), member(second, "approver", 1));

    decide(first, workflow, "approve", null).andExpect(status().isCreated());
    decide(first, workflow, "approve", null).andExpect(status().isConflict());
    assertThat(statusOf(workflow)).isEqualTo("pending");
    decide(second, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(statusOf(workflow)).isEqualTo("approved");
  }

  @Test
  void shouldOpenALaterStageOnlyOnceTheEarlierOneIsApproved() throws Exception {
    int workflow = open(null, member(first, "approver", 1), member(second, "approver", 2));

    inboxOf(second)
        .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem(workflow))));
    decide(second, workflow, "approve", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("stage 2")));
    inboxOf(first).andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem(workflow)));

    decide(first, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(statusOf(workflow)).isEqualTo("pending");
    inboxOf(first)
        .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem(workflow))));
    inboxOf(second).andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem(workflow)));
    decide(second, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(statusOf(workflow)).isEqualTo("approved");
  }

  @Test
  void shouldRequireAReasonToReject() throws Exception {
    int workflow = open(null, member(first, "approver", 1));

    decide(first, workflow, "reject", "  ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("message"));
    assertThat(statusOf(workflow)).isEqualTo("pending");
    decide(first, workflow, "reject", "The date is wrong")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.message").value("The date is wrong"));
    assertThat(statusOf(workflow)).isEqualTo("rejected");
  }

  @Test
  void shouldRefuseAReasonlessRejectInTheDatabaseToo() {
    int workflow = open(null, member(first, "approver", 1));

    assertThatThrownBy(
            () ->
                Sessions.run(
                    TestDatabase.get().app(),
                    DatabaseActor.user(first, "team_member"),
                    sql ->
                        sql.update(
                            "INSERT INTO segmint.workflow_decision (workflow_id, decider_id, kind)"
                                + " VALUES (?, ?, 'reject')",
                            workflow,
                            first)))
        .hasMessageContaining("workflow_decision_message_check");
  }

  @Test
  void shouldLetAReviewerCommentAndRequestChangesButNotApprove() throws Exception {
    int workflow = open(null, member(reviewer, "reviewer", 1), member(first, "approver", 1));

    decide(reviewer, workflow, "approve", null).andExpect(status().isForbidden());
    decide(reviewer, workflow, "request_changes", "Shorter, please")
        .andExpect(status().isCreated());
    decide(reviewer, workflow, "comment", "Nice picture").andExpect(status().isCreated());
    mvc.perform(get(decisions(workflow)).headers(auth(owner, "creator")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[*].kind").value(Matchers.contains("request_changes", "comment")));
    assertThat(statusOf(workflow)).isEqualTo("changes_requested");
  }

  @Test
  void shouldAnswerANonMembersDecisionWithNotFound() throws Exception {
    int workflow = open(null, member(first, "approver", 1));
    int stranger = fixtures.user("team_member");

    decide(stranger, workflow, "approve", null).andExpect(status().isNotFound());
    mvc.perform(get(decisions(workflow)).headers(auth(stranger, "team_member")))
        .andExpect(status().isNotFound());
    assertThat(statusOf(workflow)).isEqualTo("pending");
  }

  @Test
  void shouldSendApprovedContentBackToPendingWhenItIsEdited() throws Exception {
    int workflow = open(null, member(first, "approver", 1), member(second, "approver", 1));
    decide(first, workflow, "approve", null).andExpect(status().isCreated());
    decide(second, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(statusOf(workflow)).isEqualTo("approved");

    editAsOwner("We launch on Tuesday");

    assertThat(statusOf(workflow)).isEqualTo("pending");
    decide(first, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(statusOf(workflow))
        .as("the earlier approval was for other words")
        .isEqualTo("pending");
    decide(second, workflow, "approve", null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.round").value(2));
    assertThat(statusOf(workflow)).isEqualTo("approved");
  }

  @Test
  void shouldKeepTheApprovalWhenOnlyTheToneChanges() throws Exception {
    int workflow = open(null, member(first, "approver", 1));
    decide(first, workflow, "approve", null).andExpect(status().isCreated());

    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.user(owner, "creator"),
        sql -> sql.update("UPDATE segmint.content SET tone = 'casual' WHERE id = ?", content));

    assertThat(statusOf(workflow)).isEqualTo("approved");
  }

  @Test
  void shouldAuditEveryDecisionWithItsDecider() throws Exception {
    int workflow = open(null, member(first, "approver", 1));

    int decision =
        JsonPath.read(
            decide(first, workflow, "reject", "Off brand")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");

    String audited =
        Sessions.call(
            TestDatabase.get().superuser(),
            null,
            sql ->
                sql.queryForObject(
                    "SELECT actor_id || ' ' || (new_row ->> 'kind') || ' ' || (new_row ->> 'message')"
                        + " FROM segmint.audit_event"
                        + " WHERE table_name = 'workflow_decision' AND row_id = ?",
                    String.class,
                    String.valueOf(decision)));
    assertThat(audited).isEqualTo(first + " reject Off brand");
  }

  @Test
  void shouldRefuseAnOwnerSettingTheStatusDirectly() {
    int workflow = open(null, member(first, "approver", 1));

    assertThatThrownBy(
            () ->
                Sessions.run(
                    TestDatabase.get().app(),
                    DatabaseActor.user(owner, "creator"),
                    sql ->
                        sql.update(
                            "UPDATE segmint.approval_workflow SET status = 'approved' WHERE id = ?",
                            workflow)))
        .isInstanceOf(UncategorizedSQLException.class)
        .hasMessageContaining("changes only by decisions");
    assertThat(statusOf(workflow)).isEqualTo("pending");
  }

  @Test
  void shouldRefuseToScheduleContentUntilItsWorkflowIsApproved() throws Exception {
    int profile = fixtures.socialProfile(owner, "LinkedIn");
    int workflow = open(null, member(first, "approver", 1));

    schedule(profile)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(Matchers.endsWith("/content-not-approved")))
        .andExpect(jsonPath("$.field").value("content_id"));
    assertThat(postsOfContent()).isZero();

    decide(first, workflow, "approve", null).andExpect(status().isCreated());
    schedule(profile).andExpect(status().isCreated());
    assertThat(postsOfContent()).isEqualTo(1);
  }

  @Test
  void shouldRefuseADraftBecomingScheduledInTheDatabaseToo() {
    int profile = fixtures.socialProfile(owner, "LinkedIn");
    open(null, member(first, "approver", 1));

    assertThatThrownBy(
            () ->
                Sessions.run(
                    TestDatabase.get().app(),
                    DatabaseActor.system(),
                    sql ->
                        sql.update(
                            "INSERT INTO segmint.platform_post"
                                + " (content_id, platform_id, social_profile_id, scheduled_time, status)"
                                + " SELECT ?, p.id, ?, now() + interval '1 day', 'scheduled'"
                                + " FROM segmint.platform p WHERE p.code = 'LinkedIn'",
                            content,
                            profile)))
        .hasMessageContaining("awaits approval");
  }

  private ResultActions schedule(int profile) throws Exception {
    String at = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString();
    return mvc.perform(
        post("/api/v1/platform-posts")
            .headers(auth(owner, "creator"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"contentId\": %d, \"socialProfileIds\": [%d], \"scheduledTime\": \"%s\"}"
                    .formatted(content, profile, at)));
  }

  private int open(Integer requiredApprovals, String... members) {
    String body =
        "{\"contentId\": %d, \"requiredApprovals\": %s, \"members\": [%s]}"
            .formatted(content, requiredApprovals, String.join(", ", members));
    try {
      String created =
          mvc.perform(
                  post("/api/v1/workflows")
                      .headers(auth(owner, "creator"))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(body))
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString();
      return JsonPath.read(created, "$.id");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String member(int id, String role, int stage) {
    return "{\"memberId\": %d, \"role\": \"%s\", \"stage\": %d}".formatted(id, role, stage);
  }

  private ResultActions decide(int user, int workflow, String kind, String message)
      throws Exception {
    String body =
        message == null
            ? "{\"kind\": \"%s\"}".formatted(kind)
            : "{\"kind\": \"%s\", \"message\": \"%s\"}".formatted(kind, message);
    return mvc.perform(
        post(decisions(workflow))
            .headers(auth(user, user == owner ? "creator" : "team_member"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions inboxOf(int user) throws Exception {
    return mvc.perform(
            get("/api/v1/workflows/inbox").param("limit", "100").headers(auth(user, "team_member")))
        .andExpect(status().isOk());
  }

  private static String decisions(int workflow) {
    return "/api/v1/workflows/" + workflow + "/decisions";
  }

  private void editAsOwner(String body) {
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.user(owner, "creator"),
        sql -> sql.update("UPDATE segmint.content SET body = ? WHERE id = ?", body, content));
  }

  private String statusOf(int workflow) {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT status::text FROM segmint.approval_workflow WHERE id = ?",
                String.class,
                workflow));
  }

  private int postsOfContent() {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.platform_post WHERE content_id = ?",
                Integer.class,
                content));
  }

  private HttpHeaders auth(int user, String role) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, role).token());
    return headers;
  }
}
