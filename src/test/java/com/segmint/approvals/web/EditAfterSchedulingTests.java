package com.segmint.approvals.web;

import static com.segmint.approvals.web.ApprovalsApi.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
 * An edit that reopens approved content takes its scheduled posts back to draft in the same
 * transaction, so the dispatcher never publishes words no one approved.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class EditAfterSchedulingTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int owner;
  private int content;
  private int approver;
  private ApprovalsApi api;

  @BeforeEach
  void createContent() {
    owner = fixtures.user("creator");
    content = fixtures.content(owner, "Launch", "We launch on Monday");
    approver = fixtures.user("team_member");
    api = new ApprovalsApi(mvc, issuer, owner, content);
  }

  @Test
  void shouldTakeScheduledPostsBackToDraftWhenApprovedContentIsEdited() throws Exception {
    int workflow = api.opened(null, member(approver, "approver", 1));
    api.decide(approver, workflow, "approve", null).andExpect(status().isCreated());
    List<Integer> posts = scheduled(fixtures.socialProfile(owner, "LinkedIn"));
    int linkedIn = posts.get(0);

    api.editBody("We launch on Tuesday");

    assertThat(api.postStatusOf(linkedIn)).isEqualTo("draft");
    assertThat(duePostsOfContent()).as("nothing left for the dispatcher to claim").isZero();
    assertThat(notificationsOf(owner))
        .singleElement()
        .satisfies(message -> assertThat(message).startsWith("1 scheduled post(s) of \"Launch\""));
    assertThatThrownBy(() -> scheduleAgainInTheDatabase(linkedIn))
        .hasMessageContaining("awaits approval");

    api.decide(approver, workflow, "approve", null).andExpect(status().isCreated());
    api.cancelPost(linkedIn).andExpect(status().isNoContent());
    int again = scheduled(fixtures.socialProfile(owner, "Twitter")).get(0);
    assertThat(api.postStatusOf(again)).isEqualTo("scheduled");
  }

  @Test
  void shouldLeaveAPostThatIsAlreadyPublishingAlone() throws Exception {
    int workflow = api.opened(null, member(approver, "approver", 1));
    api.decide(approver, workflow, "approve", null).andExpect(status().isCreated());
    List<Integer> posts =
        scheduled(
            fixtures.socialProfile(owner, "LinkedIn"), fixtures.socialProfile(owner, "Twitter"));
    claim(posts.get(1));

    api.editBody("We launch on Tuesday");

    assertThat(api.postStatusOf(posts.get(0))).isEqualTo("draft");
    assertThat(api.postStatusOf(posts.get(1))).isEqualTo("publishing");
    assertThat(notificationsOf(owner))
        .singleElement()
        .satisfies(message -> assertThat(message).contains("1 post(s) already publishing"));
  }

  @Test
  void shouldLeaveScheduledPostsOfContentWithoutAWorkflowAlone() throws Exception {
    int post = scheduled(fixtures.socialProfile(owner, "LinkedIn")).get(0);

    api.editBody("We launch on Tuesday");

    assertThat(api.postStatusOf(post)).isEqualTo("scheduled");
    assertThat(notificationsOf(owner)).isEmpty();
  }

  @Test
  void shouldReapproveAndScheduleTheSamePostAgain() throws Exception {
    int workflow = api.opened(null, member(approver, "approver", 1));
    api.decide(approver, workflow, "approve", null).andExpect(status().isCreated());
    int post = scheduled(fixtures.socialProfile(owner, "LinkedIn")).get(0);
    api.editBody("We launch on Tuesday");

    api.decide(approver, workflow, "approve", null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.round").value(2));
    scheduleAgainInTheDatabase(post);

    assertThat(api.postStatusOf(post)).isEqualTo("scheduled");
  }

  private List<Integer> scheduled(int... profiles) throws Exception {
    String created =
        api.schedule(profiles)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(created, "$[*].id");
  }

  private void scheduleAgainInTheDatabase(int post) {
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.user(owner, "creator"),
        sql ->
            sql.update("UPDATE segmint.platform_post SET status = 'scheduled' WHERE id = ?", post));
  }

  private void claim(int post) {
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.update(
                "UPDATE segmint.platform_post SET status = 'publishing',"
                    + " lease_until = now() + interval '5 minutes', claimed_by = 'test'"
                    + " WHERE id = ?",
                post));
  }

  private int duePostsOfContent() {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.platform_post"
                    + " WHERE content_id = ? AND status = 'scheduled'",
                Integer.class,
                content));
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
