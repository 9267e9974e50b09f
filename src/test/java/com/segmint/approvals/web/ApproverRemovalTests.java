package com.segmint.approvals.web;

import static com.segmint.approvals.web.ApprovalsApi.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An admin erasing or deleting the account a pending workflow needs to be approved blocks that
 * workflow as changes_requested and tells its owner, in the erasure's transaction: it neither waits
 * forever nor is approved by fewer approvals than its policy asks; another approver reopens it.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class ApproverRemovalTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int owner;
  private int first;
  private int second;
  private int admin;
  private ApprovalsApi api;

  @BeforeEach
  void createContentAndTeam() {
    owner = fixtures.user("creator");
    first = fixtures.user("team_member");
    second = fixtures.user("team_member");
    admin = fixtures.user("admin");
    api = new ApprovalsApi(mvc, issuer, owner, fixtures.content(owner, "Launch", "Monday"));
  }

  @Test
  void shouldBlockASingleApproverWorkflowWhenItsApproverIsErased() throws Exception {
    int workflow = api.opened(null, member(first, "approver", 1));

    asAdmin(post("/api/v1/users/" + first + "/erasure")).andExpect(status().isNoContent());

    assertThat(api.statusOf(workflow)).isEqualTo("changes_requested");
    assertThat(blockedNotices()).singleElement().asString().contains("\"Launch\"");
    api.addMember(workflow, member(second, "approver", 1)).andExpect(status().isCreated());
    assertThat(api.statusOf(workflow)).as("an approver reopens it").isEqualTo("pending");
    api.decide(second, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(api.statusOf(workflow)).isEqualTo("approved");
  }

  @Test
  void shouldNotApproveATwoOfTwoWorkflowWithTheOneApprovalLeft() throws Exception {
    int workflow = api.opened(2, member(first, "approver", 1), member(second, "approver", 1));
    api.decide(first, workflow, "approve", null).andExpect(status().isCreated());

    asAdmin(post("/api/v1/users/" + second + "/erasure")).andExpect(status().isNoContent());

    assertThat(api.statusOf(workflow)).isEqualTo("changes_requested");
    assertThat(blockedNotices()).hasSize(1);
  }

  @Test
  void shouldBlockTheWorkflowWhenItsApproverIsSoftDeleted() throws Exception {
    int workflow = api.opened(null, member(first, "approver", 1));

    asAdmin(delete("/api/v1/users/" + first)).andExpect(status().isNoContent());

    assertThat(api.statusOf(workflow)).isEqualTo("changes_requested");
    assertThat(membersOf(workflow)).isZero();
    assertThat(blockedNotices()).hasSize(1);
  }

  @Test
  void shouldBlockAnApprovedWorkflowWhoseEditReopensItWithoutItsApprover() throws Exception {
    int workflow = api.opened(null, member(first, "approver", 1));
    api.decide(first, workflow, "approve", null).andExpect(status().isCreated());
    asAdmin(post("/api/v1/users/" + first + "/erasure")).andExpect(status().isNoContent());
    assertThat(api.statusOf(workflow)).as("a verdict stays").isEqualTo("approved");

    api.editBody("Tuesday");

    assertThat(api.statusOf(workflow)).isEqualTo("changes_requested");
    assertThat(blockedNotices()).hasSize(1);
  }

  @Test
  void shouldLeaveAWorkflowThatCanStillBeApprovedPending() throws Exception {
    int workflow = api.opened(1, member(first, "approver", 1), member(second, "approver", 1));

    asAdmin(post("/api/v1/users/" + second + "/erasure")).andExpect(status().isNoContent());

    assertThat(api.statusOf(workflow)).isEqualTo("pending");
    assertThat(blockedNotices()).isEmpty();
  }

  private ResultActions asAdmin(MockHttpServletRequestBuilder call) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(admin, "admin").token());
    return mvc.perform(call.headers(headers));
  }

  private List<String> blockedNotices() {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForList(
                "SELECT message FROM segmint.notification"
                    + " WHERE user_id = ? AND kind = 'workflow_blocked'",
                String.class,
                owner));
  }

  private int membersOf(int workflow) {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.team_member WHERE workflow_id = ?",
                Integer.class,
                workflow));
  }
}
