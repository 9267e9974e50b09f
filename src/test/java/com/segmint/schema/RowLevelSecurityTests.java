package com.segmint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connected as the application role with raw SQL: the database alone keeps users apart. */
class RowLevelSecurityTests {

  private static DataSource app;
  private static int alice;
  private static int bob;
  private static int admin;
  private static int reviewer;
  private static int aliceContent;
  private static final Map<String, Integer> BOBS_ROWS = new LinkedHashMap<>();

  @BeforeAll
  static void createTwoCreatorsWithOneOfEverything() {
    TestDatabase database = TestDatabase.migrated();
    app = database.app();
    Fixtures fixtures = new Fixtures(app);
    alice = fixtures.user("creator");
    bob = fixtures.user("creator");
    admin = fixtures.user("admin");
    reviewer = fixtures.user("team_member");

    aliceContent = fixtures.content(alice, "Alice's launch", "Our launch story");
    fixtures.workflow(alice, aliceContent, reviewer, "reviewer");

    int bobContent = fixtures.content(bob, "Bob's secret plan", "Nobody else may read this");
    int bobProfile = fixtures.socialProfile(bob, "LinkedIn");
    int bobPost = fixtures.scheduledPost(bob, bobContent, bobProfile);
    int bobWorkflow = fixtures.workflow(bob, bobContent, admin, "approver");
    BOBS_ROWS.put("users", bob);
    BOBS_ROWS.put("social_profile", bobProfile);
    BOBS_ROWS.put("content", bobContent);
    BOBS_ROWS.put(
        "idea_suggestion", fixtures.ideaSuggestion(bob, bobContent, "A teaser thread", "0.80"));
    BOBS_ROWS.put("platform_post", bobPost);
    BOBS_ROWS.put("publish_error", publishError(bobPost));
    BOBS_ROWS.put("approval_workflow", bobWorkflow);
    BOBS_ROWS.put(
        "team_member",
        Sessions.call(
            app,
            DatabaseActor.user(bob, "creator"),
            sql ->
                sql.queryForObject(
                    "SELECT id FROM segmint.team_member WHERE workflow_id = ?",
                    Integer.class,
                    bobWorkflow)));
  }

  @Test
  void shouldShowAnotherCreatorNoneOfBobsRowsInAnyTable() {
    BOBS_ROWS.forEach(
        (table, id) ->
            assertThat(count(DatabaseActor.user(alice, "creator"), table, id))
                .as("alice reads bob's %s", table)
                .isZero());
  }

  @Test
  void shouldShowBobAndAnAdminAllOfBobsRows() {
    BOBS_ROWS.forEach(
        (table, id) -> {
          assertThat(count(DatabaseActor.user(bob, "creator"), table, id)).as(table).isOne();
          assertThat(count(DatabaseActor.user(admin, "admin"), table, id)).as(table).isOne();
        });
  }

  @Test
  void shouldLetAnotherCreatorChangeOrDeleteNoneOfBobsRows() {
    BOBS_ROWS.forEach(
        (table, id) -> {
          DatabaseActor aliceActor = DatabaseActor.user(alice, "creator");
          int updated =
              Sessions.call(
                  app,
                  aliceActor,
                  sql -> sql.update("UPDATE segmint." + table + " SET id = id WHERE id = ?", id));
          int deleted =
              Sessions.call(
                  app,
                  aliceActor,
                  sql -> sql.update("DELETE FROM segmint." + table + " WHERE id = ?", id));
          assertThat(updated).as("alice updates bob's %s", table).isZero();
          assertThat(deleted).as("alice deletes bob's %s", table).isZero();
          assertThat(count(DatabaseActor.user(bob, "creator"), table, id)).as(table).isOne();
        });
  }

  @Test
  void shouldRefuseContentWrittenInAnotherCreatorsName() {
    assertThatThrownBy(
            () ->
                Sessions.run(
                    app,
                    DatabaseActor.user(alice, "creator"),
                    sql ->
                        sql.update(
                            "INSERT INTO segmint.content (user_id, title, body, tone)"
                                + " VALUES (?, 'forged', 'forged', 'casual')",
                            bob)))
        .rootCause()
        .hasMessageContaining("violates row-level security policy");
  }

  @Test
  void shouldLetAReviewerReadTheContentTheyReviewButNotChangeIt() {
    DatabaseActor reviewerActor = DatabaseActor.user(reviewer, "team_member");
    assertThat(count(reviewerActor, "content", aliceContent)).isOne();
    assertThat(count(reviewerActor, "content", BOBS_ROWS.get("content"))).isZero();
    int updated =
        Sessions.call(
            app,
            reviewerActor,
            sql ->
                sql.update(
                    "UPDATE segmint.content SET title = 'hijacked' WHERE id = ?", aliceContent));
    assertThat(updated).isZero();
  }

  @Test
  void shouldShowNothingToATransactionThatActsForNobody() {
    BOBS_ROWS.forEach((table, id) -> assertThat(count(null, table, id)).as(table).isZero());
  }

  private static int count(DatabaseActor actor, String table, int id) {
    return Sessions.call(
        app,
        actor,
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint." + table + " WHERE id = ?", Integer.class, id));
  }

  private static int publishError(int postId) {
    return Sessions.call(
        app,
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "INSERT INTO segmint.publish_error (platform_post_id, platform_post_created_at,"
                    + " attempt, error_kind, http_status, response_body)"
                    + " SELECT id, created_at, 1, 'transient', 503, 'upstream unavailable'"
                    + " FROM segmint.platform_post WHERE id = ? RETURNING id",
                Integer.class,
                postId));
  }
}
