package com.segmint.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code content_search_page} reads content past row-level security, so it must restate the {@code
 * content_select} policy exactly: for every kind of caller (a creator with few rows and one with
 * many are searched differently) it returns the live matches that a plain query under the policy
 * returns, no more and no fewer, and only the application may call it.
 */
class ContentSearchPageFunctionTests {

  private static final String WORD = "zqsearchpage" + System.nanoTime();
  private static final String HITS =
      "SELECT id FROM segmint.content_search_page(websearch_to_tsquery('english', ?),"
          + " NULL, NULL, NULL, 1000, 1000) ORDER BY id";
  private static final String POLICY_ALLOWS =
      "SELECT id FROM segmint.content WHERE search_vector @@ websearch_to_tsquery('english', ?)"
          + " AND deleted_at IS NULL ORDER BY id";

  private static TestDatabase database;
  private static int author;
  private static int otherCreator;
  private static int reviewer;
  private static int closedReviewer;
  private static int outsider;
  private static int own;
  private static int underReview;
  private static int underClosedReview;
  private static int deleted;
  private static int othersOwn;
  private static int prolificCreator;
  private static int prolificOwn;

  @BeforeAll
  static void createContentUnderEveryKindOfAccess() {
    database = TestDatabase.migrated();
    Fixtures fixtures = new Fixtures(database.app());
    author = fixtures.user("creator");
    otherCreator = fixtures.user("creator");
    reviewer = fixtures.user("team_member");
    closedReviewer = fixtures.user("team_member");
    outsider = fixtures.user("team_member");
    own = fixtures.content(author, "Own " + WORD, "a draft");
    underReview = fixtures.content(author, "Reviewed " + WORD, "under an open workflow");
    underClosedReview = fixtures.content(author, "Closed " + WORD, "under a rejected workflow");
    deleted = fixtures.content(author, "Deleted " + WORD, "soft-deleted");
    othersOwn = fixtures.content(otherCreator, "Other " + WORD, "another creator's");
    prolificCreator = fixtures.user("creator");
    prolificOwn = fixtures.content(prolificCreator, "Prolific " + WORD, "one of many");
    new JdbcTemplate(database.superuser())
        .update(
            "INSERT INTO segmint.content (user_id, title, body, tone)"
                + " SELECT ?, 'Filler ' || g, 'nothing to find', 'professional'"
                + " FROM generate_series(1, 2000) g",
            prolificCreator);
    fixtures.workflow(otherCreator, othersOwn, prolificCreator, "reviewer");
    fixtures.workflow(author, underReview, reviewer, "reviewer");
    fixtures.workflow(author, deleted, reviewer, "reviewer");
    rejectAsItsApprover(fixtures.workflow(author, underClosedReview, closedReviewer, "approver"));
    new JdbcTemplate(database.superuser())
        .update("UPDATE segmint.content SET deleted_at = now() WHERE id = ?", deleted);
  }

  private static void rejectAsItsApprover(int workflow) {
    String status =
        Sessions.call(
            database.app(),
            DatabaseActor.user(closedReviewer, "team_member"),
            sql -> {
              sql.update(
                  "INSERT INTO segmint.workflow_decision (workflow_id, decider_id, kind, message)"
                      + " VALUES (?, ?, 'reject', 'not this one')",
                  workflow,
                  closedReviewer);
              return sql.queryForObject(
                  "SELECT status::text FROM segmint.approval_workflow WHERE id = ?",
                  String.class,
                  workflow);
            });
    assertThat(status).as("the workflow is closed").isEqualTo("rejected");
  }

  @Test
  void shouldReturnEachCallerTheLiveMatchesThePolicyLetsThemReadAndNoOthers() {
    Map<DatabaseActor, List<Integer>> expected =
        Map.of(
            DatabaseActor.user(author, "creator"),
            List.of(own, underReview, underClosedReview),
            DatabaseActor.user(otherCreator, "creator"),
            List.of(othersOwn),
            DatabaseActor.user(reviewer, "team_member"),
            List.of(underReview),
            DatabaseActor.user(closedReviewer, "team_member"),
            List.of(underClosedReview),
            DatabaseActor.user(outsider, "team_member"),
            List.of(),
            DatabaseActor.user(prolificCreator, "creator"),
            List.of(othersOwn, prolificOwn),
            DatabaseActor.user(outsider, "admin"),
            List.of(own, underReview, underClosedReview, othersOwn, prolificOwn),
            DatabaseActor.system(),
            List.of(own, underReview, underClosedReview, othersOwn, prolificOwn),
            new DatabaseActor(null, "anonymous"),
            List.of());

    expected.forEach(
        (caller, ids) -> {
          assertThat(query(caller, HITS)).as("hits of %s", caller).isEqualTo(ids);
          assertThat(query(caller, HITS))
              .as("hits of %s against the policy", caller)
              .isEqualTo(query(caller, POLICY_ALLOWS));
        });
  }

  @Test
  void shouldRefuseADirectCallBySegmintReadonly() {
    DataSource readonly = database.readonly();

    assertThatThrownBy(() -> query(readonly, DatabaseActor.user(author, "creator"), HITS))
        .rootCause()
        .hasMessageContaining("permission denied for function content_search_page");
  }

  @Test
  void shouldRunAsItsOwnerWithAPinnedSearchPathAndBeCallableByTheApplicationOnly() {
    Map<String, Object> function =
        new JdbcTemplate(database.superuser())
            .queryForMap(
                "SELECT p.prosecdef, pg_get_userbyid(p.proowner) AS owner, p.proconfig::text"
                    + " AS config, p.provolatile,"
                    + " has_function_privilege('segmint_app', p.oid, 'EXECUTE') AS app,"
                    + " has_function_privilege('segmint_readonly', p.oid, 'EXECUTE') AS readonly,"
                    + " p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a"
                    + " WHERE a.grantee = 0) AS anyone"
                    + " FROM pg_proc p WHERE p.proname = 'content_search_page'");

    assertThat(function)
        .containsEntry("prosecdef", true)
        .containsEntry("owner", "segmint_owner")
        .containsEntry("config", "{\"search_path=segmint, pg_catalog, pg_temp\"}")
        .containsEntry("provolatile", "v")
        .containsEntry("app", true)
        .containsEntry("readonly", false)
        .containsEntry("anyone", false);
  }

  private static List<Integer> query(DatabaseActor caller, String sql) {
    return query(database.app(), caller, sql);
  }

  private static List<Integer> query(DataSource role, DatabaseActor caller, String sql) {
    return Sessions.call(role, caller, db -> db.queryForList(sql, Integer.class, WORD));
  }
}
