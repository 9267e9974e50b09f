package com.segmint.approvals.web;

import static com.segmint.approvals.web.ApprovalsApi.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Opening a workflow on content already scheduled takes its scheduled posts back to draft in the
 * same transaction and tells the owner, as an edit after approval does: only approved words are
 * ever scheduled.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class WorkflowOnScheduledContentTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int owner;
  private int approver;
  private ApprovalsApi api;

  @BeforeEach
  void createContent() {
    owner = fixtures.user("creator");
    approver = fixtures.user("team_member");
    api = new ApprovalsApi(mvc, issuer, owner, fixtures.content(owner, "Launch", "Monday"));
  }

  @Test
  void shouldTakeScheduledPostsBackToDraftWhenAWorkflowOpens() throws Exception {
    int post = scheduled(fixtures.socialProfile(owner, "LinkedIn"));

    int workflow = api.opened(null, member(approver, "approver", 1));

    assertThat(api.postStatusOf(post)).isEqualTo("draft");
    assertThat(notificationsOf(owner))
        .singleElement()
        .satisfies(
            message ->
                assertThat(message)
                    .startsWith("1 scheduled post(s) of \"Launch\" went back to draft")
                    .contains("an approval workflow was opened"));
    api.decide(approver, workflow, "approve", null).andExpect(status().isCreated());
    assertThat(api.postStatusOf(post)).as("approval alone schedules nothing").isEqualTo("draft");
  }

  @Test
  void shouldOpenNothingAndUnscheduleNothingWhenTheWorkflowIsRefused() throws Exception {
    int post = scheduled(fixtures.socialProfile(owner, "LinkedIn"));

    api.open(null, member(approver, "reviewer", 1)).andExpect(status().isUnprocessableContent());

    assertThat(api.postStatusOf(post)).isEqualTo("scheduled");
    assertThat(notificationsOf(owner)).isEmpty();
  }

  @Test
  void shouldTellNoOneWhenNothingWasScheduled() throws Exception {
    api.opened(null, member(approver, "approver", 1));

    assertThat(notificationsOf(owner)).isEmpty();
  }

  private int scheduled(int profile) throws Exception {
    String created =
        api.schedule(profile)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(created, "$[0].id");
  }

  private static List<String> notificationsOf(int user) {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForList(
                "SELECT message FROM segmint.notification"
                    + " WHERE user_id = ? AND kind = 'posts_back_to_draft'",
                String.class,
                user));
  }
}
