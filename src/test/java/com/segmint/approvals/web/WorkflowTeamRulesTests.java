package com.segmint.approvals.web;

import static com.segmint.approvals.web.ApprovalsApi.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A team that could never approve is refused, and a change of a pending workflow's members
 * recomputes its status; a decided workflow keeps its verdict.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class WorkflowTeamRulesTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int owner;
  private int content;
  private int first;
  private int second;
  private int third;
  private int reviewer;
  private ApprovalsApi api;

  @BeforeEach
  void createContentAndTeam() {
    owner = fixtures.user("creator");
    content = fixtures.content(owner, "Launch", "We launch on Monday");
    first = fixtures.user("team_member");
    second = fixtures.user("team_member");
    third = fixtures.user("team_member");
    reviewer = fixtures.user("team_member");
    api = new ApprovalsApi(mvc, issuer, owner, content);
  }

  @Test
  void shouldRefuseAWorkflowWithoutAnApproverAndOpenNothing() throws Exception {
    api.open(null, member(reviewer, "reviewer", 1))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("members"))
        .andExpect(jsonPath("$.constraint").value("approval_workflow_approvable"));
    api.open(null, member(owner, "approver", 1))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("members"));
    assertThat(workflowsOfContent()).isZero();
  }

  @Test
  void shouldRefuseAPolicyAboveAStagesApprovers() throws Exception {
    api.open(2, member(first, "approver", 1))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("requiredApprovals"));
    api.open(
            2,
            member(first, "approver", 1),
            member(second, "approver", 1),
            member(third, "approver", 2))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("stage 2")));
    assertThat(workflowsOfContent()).isZero();

    int workflow = api.opened(2, member(first, "approver", 1), member(second, "approver", 1));
    api.addMember(workflow, member(third, "approver", 2))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("requiredApprovals"));
  }

  @Test
  void shouldRefuseRemovingTheLastApprover() throws Exception {
    int workflow = api.opened(null, member(reviewer, "reviewer", 1), member(first, "approver", 1));

    api.removeMember(workflow, first)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("members"));
    api.get(owner, "/api/v1/workflows/" + workflow)
        .andExpect(jsonPath("$.members[*].memberId").value(Matchers.contains(reviewer, first)));
  }

  @Test
  void shouldRefuseAnUnapprovableTeamInTheDatabaseAtCommit() throws Exception {
    assertThatThrownBy(
            () ->
                Sessions.run(
                    TestDatabase.get().app(),
                    DatabaseActor.user(owner, "creator"),
                    sql -> {
                      Integer workflow =
                          sql.queryForObject(
                              "INSERT INTO segmint.approval_workflow (user_id, content_id)"
                                  + " VALUES (?, ?) RETURNING id",
                              Integer.class,
                              owner,
                              content);
                      sql.update(
                          "INSERT INTO segmint.team_member (workflow_id, member_id, role)"
                              + " VALUES (?, ?, 'reviewer')",
                          workflow,
                          reviewer);
                    }))
        .hasMessageContaining("could never be approved");
    assertThat(workflowsOfContent()).isZero();

    int workflow = api.opened(null, member(first, "approver", 1));
    assertThatThrownBy(
            () ->
                Sessions.run(
                    TestDatabase.get().app(),
                    DatabaseActor.user(owner, "creator"),
                    sql ->
                        sql.update(
                            "DELETE FROM segmint.team_member WHERE workflow_id = ?", workflow)))
        .hasMessageContaining("could never be approved");
  }

  @Test
  void shouldApproveWhenTheOneApproverWhoHadNotApprovedIsRemoved() throws Exception {
    int workflow = api.opened(null, member(first, "approver", 1), member(second, "approver", 1));
    api.decide(first, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(api.statusOf(workflow)).isEqualTo("pending");

    api.removeMember(workflow, second).andExpect(status().isNoContent());

    assertThat(api.statusOf(workflow)).isEqualTo("approved");
  }

  @Test
  void shouldStopCountingTheApprovalOfARemovedApprover() throws Exception {
    int workflow =
        api.opened(
            2,
            member(first, "approver", 1),
            member(second, "approver", 1),
            member(third, "approver", 1));
    api.decide(first, workflow, "approve", null).andExpect(status().isCreated());

    api.removeMember(workflow, first).andExpect(status().isNoContent());
    api.decide(second, workflow, "approve", null).andExpect(status().isCreated());

    assertThat(api.statusOf(workflow))
        .as("the removed approver's approval no longer counts toward 2")
        .isEqualTo("pending");
    api.decide(third, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(api.statusOf(workflow)).isEqualTo("approved");
  }

  @Test
  void shouldKeepARejectionWhenTheRejecterIsRemoved() throws Exception {
    int workflow = api.opened(1, member(first, "approver", 1), member(second, "approver", 1));
    api.decide(first, workflow, "reject", "Off brand").andExpect(status().isCreated());

    api.removeMember(workflow, first).andExpect(status().isNoContent());

    assertThat(api.statusOf(workflow)).isEqualTo("rejected");
  }

  @Test
  void shouldLetAnAdminEraseAWorkflowsOnlyApprover() throws Exception {
    int workflow = api.opened(null, member(first, "approver", 1));

    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.user(fixtures.user("admin"), "admin"),
        sql -> sql.queryForList("SELECT segmint.erase_user(?)", first));

    assertThat(api.statusOf(workflow))
        .as("blocked rather than pending forever (ApproverRemovalTests)")
        .isEqualTo("changes_requested");
  }

  private int workflowsOfContent() {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.approval_workflow WHERE content_id = ?",
                Integer.class,
                content));
  }
}
