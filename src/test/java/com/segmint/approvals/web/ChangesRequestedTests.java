package com.segmint.approvals.web;

import static com.segmint.approvals.web.ApprovalsApi.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.MockMvc;

/** A request for changes parks a workflow until its content is edited. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class ChangesRequestedTests {

  private static final String INBOX = "/api/v1/workflows/inbox";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int owner;
  private int reviewer;
  private int approver;
  private ApprovalsApi api;
  private int workflow;

  @BeforeEach
  void openAWorkflowWithAReviewerAndAnApprover() throws Exception {
    owner = fixtures.user("creator");
    reviewer = fixtures.user("team_member");
    approver = fixtures.user("team_member");
    api =
        new ApprovalsApi(
            mvc, issuer, owner, fixtures.content(owner, "Launch", "We launch on Monday"));
    workflow = api.opened(null, member(reviewer, "reviewer", 1), member(approver, "approver", 1));
  }

  @Test
  void shouldWaitForAnEditOnceAReviewerRequestsChanges() throws Exception {
    api.decide(reviewer, workflow, "request_changes", "Say which Monday")
        .andExpect(status().isCreated());

    api.get(owner, "/api/v1/workflows/" + workflow)
        .andExpect(jsonPath("$.status").value("changes_requested"));
    api.get(approver, INBOX)
        .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem(workflow))));
    api.decide(approver, workflow, "approve", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("changes were requested")));
    api.decide(reviewer, workflow, "comment", "Still waiting").andExpect(status().isCreated());
    assertThat(api.statusOf(workflow)).isEqualTo("changes_requested");

    api.editBody("We launch on Monday 7 December");

    api.get(owner, "/api/v1/workflows/" + workflow)
        .andExpect(jsonPath("$.status").value("pending"))
        .andExpect(jsonPath("$.round").value(2));
    api.get(approver, INBOX).andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem(workflow)));
    api.decide(approver, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(api.statusOf(workflow)).isEqualTo("approved");
  }

  @Test
  void shouldRefuseAnApprovalWhileChangesAreRequestedInTheDatabaseToo() throws Exception {
    api.decide(approver, workflow, "request_changes", "Add a picture")
        .andExpect(status().isCreated());

    assertThatThrownBy(
            () ->
                Sessions.run(
                    TestDatabase.get().app(),
                    DatabaseActor.user(approver, "team_member"),
                    sql ->
                        sql.update(
                            "INSERT INTO segmint.workflow_decision (workflow_id, decider_id, kind)"
                                + " VALUES (?, ?, 'approve')",
                            workflow,
                            approver)))
        .hasMessageContaining("changes_requested, not pending");
    assertThat(api.statusOf(workflow)).isEqualTo("changes_requested");
  }

  @Test
  void shouldTellTheCreatorThatChangesWereRequested() throws Exception {
    api.decide(reviewer, workflow, "request_changes", "Say which Monday")
        .andExpect(status().isCreated());

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(notificationsOf(owner))
                    .anySatisfy(
                        message ->
                            assertThat(message)
                                .contains("requested changes to \"Launch\": Say which Monday")
                                .contains("changes_requested")));
  }

  private static List<String> notificationsOf(int user) {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForList(
                "SELECT message FROM segmint.notification WHERE user_id = ?", String.class, user));
  }
}
