package com.segmint.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SegmintIntegrationTest
@AutoConfigureMockMvc
class WorkflowApiTests {

  private static final String WORKFLOWS = "/api/v1/workflows";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int owner;
  private int content;
  private int reviewer;
  private int approver;

  @BeforeEach
  void createContentAndTeam() {
    owner = fixtures.user("creator");
    content = fixtures.content(owner, "Launch", "We launch on Monday");
    reviewer = fixtures.user("team_member");
    approver = fixtures.user("team_member");
  }

  @Test
  void shouldOpenAWorkflowWithItsMembers() throws Exception {
    open(owner, content, members(reviewer, "reviewer", approver, "approver"))
        .andExpect(status().isCreated())
        .andExpect(header().string(HttpHeaders.LOCATION, Matchers.startsWith(WORKFLOWS + "/")))
        .andExpect(jsonPath("$.contentId").value(content))
        .andExpect(jsonPath("$.ownerId").value(owner))
        .andExpect(jsonPath("$.status").value("pending"))
        .andExpect(jsonPath("$.members[*].memberId").value(Matchers.contains(reviewer, approver)))
        .andExpect(jsonPath("$.members[*].role").value(Matchers.contains("reviewer", "approver")));
  }

  @Test
  void shouldRefuseAMemberWhoIsNoUserAndOpenNothing() throws Exception {
    open(owner, content, members(reviewer, "reviewer", 999_999_999, "approver"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("member_id"));
    assertThat(workflowsOfContent()).isZero();
  }

  @Test
  void shouldNotOpenAWorkflowOnAnotherCreatorsContent() throws Exception {
    int stranger = fixtures.user("creator");
    open(stranger, content, "[]").andExpect(status().isNotFound());
    assertThat(workflowsOfContent()).isZero();
  }

  @Test
  void shouldRefuseAnUnknownMemberRoleNamingIt() throws Exception {
    open(owner, content, members(reviewer, "boss"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("members[0].role"));
  }

  @Test
  void shouldShowTheWorkflowToItsTeamMember() throws Exception {
    int workflow = id(open(owner, content, members(reviewer, "reviewer", approver, "approver")));

    mvc.perform(get(WORKFLOWS).param("limit", "100").headers(auth(reviewer, "team_member")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem(workflow)));
    mvc.perform(get(WORKFLOWS + "/" + workflow).headers(auth(reviewer, "team_member")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.members[*].memberId").value(Matchers.contains(reviewer)));
    mvc.perform(delete(WORKFLOWS + "/" + workflow).headers(auth(reviewer, "team_member")))
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldHideMyWorkflowFromAnotherCreator() throws Exception {
    int workflow = id(open(owner, content, members(reviewer, "reviewer", approver, "approver")));
    int stranger = fixtures.user("creator");

    mvc.perform(get(WORKFLOWS + "/" + workflow).headers(auth(stranger, "creator")))
        .andExpect(status().isNotFound());
    mvc.perform(delete(WORKFLOWS + "/" + workflow).headers(auth(stranger, "creator")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post(WORKFLOWS + "/" + workflow + "/members")
                .headers(auth(stranger, "creator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"memberId\": %d, \"role\": \"approver\"}".formatted(stranger)))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldAddAndRemoveMembers() throws Exception {
    int workflow = id(open(owner, content, members(reviewer, "reviewer", approver, "approver")));
    String path = WORKFLOWS + "/" + workflow + "/members";
    int second = fixtures.user("team_member");
    String approverJson = "{\"memberId\": %d, \"role\": \"approver\"}".formatted(second);

    mvc.perform(
            post(path)
                .headers(auth(owner, "creator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(approverJson))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.memberId").value(second))
        .andExpect(jsonPath("$.role").value("approver"));
    mvc.perform(
            post(path)
                .headers(auth(owner, "creator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(approverJson))
        .andExpect(status().isConflict());
    mvc.perform(delete(path + "/" + reviewer).headers(auth(owner, "creator")))
        .andExpect(status().isNoContent());
    mvc.perform(delete(path + "/" + reviewer).headers(auth(owner, "creator")))
        .andExpect(status().isNotFound());
    mvc.perform(get(WORKFLOWS + "/" + workflow).headers(auth(owner, "creator")))
        .andExpect(jsonPath("$.members[*].memberId").value(Matchers.contains(approver, second)));
  }

  @Test
  void shouldDeleteMyWorkflow() throws Exception {
    int workflow = id(open(owner, content, members(approver, "approver")));

    mvc.perform(delete(WORKFLOWS + "/" + workflow).headers(auth(owner, "creator")))
        .andExpect(status().isNoContent());
    mvc.perform(get(WORKFLOWS + "/" + workflow).headers(auth(owner, "creator")))
        .andExpect(status().isNotFound());
    assertThat(workflowsOfContent()).isZero();
  }

  @Test
  void shouldPageMyWorkflowsById() throws Exception {
    int first = id(open(owner, content, members(approver, "approver")));
    int second =
        id(open(owner, fixtures.content(owner, "Second", "Body"), members(approver, "approver")));

    String page =
        mvc.perform(get(WORKFLOWS).param("limit", "1").headers(auth(owner, "creator")))
            .andExpect(jsonPath("$.items[0].id").value(first))
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            get(WORKFLOWS)
                .param("limit", "1")
                .param("cursor", JsonPath.<String>read(page, "$.nextCursor"))
                .headers(auth(owner, "creator")))
        .andExpect(jsonPath("$.items[0].id").value(second))
        .andExpect(jsonPath("$.nextCursor").value(Matchers.nullValue()));
  }

  private ResultActions open(int user, int contentId, String members) throws Exception {
    return mvc.perform(
        post(WORKFLOWS)
            .headers(auth(user, "creator"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"contentId\": %d, \"members\": %s}".formatted(contentId, members)));
  }

  private static String members(Object... idsAndRoles) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < idsAndRoles.length; i += 2) {
      json.append(i == 0 ? "" : ", ")
          .append(
              "{\"memberId\": %s, \"role\": \"%s\"}".formatted(idsAndRoles[i], idsAndRoles[i + 1]));
    }
    return json.append("]").toString();
  }

  private static int id(ResultActions created) throws Exception {
    created.andExpect(status().isCreated());
    return JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id");
  }

  private HttpHeaders auth(int user, String role) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, role).token());
    return headers;
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
