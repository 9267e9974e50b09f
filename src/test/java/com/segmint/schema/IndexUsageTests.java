package com.segmint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.support.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each index of the spec serves its query: with realistic volumes and fresh statistics the planner
 * picks it on its own. Plans are read as a superuser, so they show the indexes' design without the
 * row-level security predicates.
 */
class IndexUsageTests {

  private static final int USERS = 200;
  private static final int CONTENTS = 40_000;
  private static DataSource superuser;
  private static int someUser;

  @BeforeAll
  static void loadAQuarterOfPosts() {
    TestDatabase database = TestDatabase.migrated();
    superuser = database.superuser();
    JdbcTemplate sql = new JdbcTemplate(superuser);
    someUser =
        sql.queryForObject(
            "WITH inserted AS (INSERT INTO segmint.users (username, email, password_hash)"
                + " SELECT 'plan_user_' || g || '_' || md5(random()::text),"
                + " 'plan' || g || '_' || md5(random()::text) || '@example.com', 'h'"
                + " FROM generate_series(1, ?) g RETURNING id) SELECT min(id) FROM inserted",
            Integer.class,
            USERS);
    int firstContent =
        sql.queryForObject(
            "WITH inserted AS (INSERT INTO segmint.content (user_id, title, body, tone, created_at)"
                + " SELECT ? + (g % ?), 'Post ' || g || ' about ' || (ARRAY['hiring','pricing',"
                + "'kubernetes','storytelling','remote work','product launches'])[1 + g % 6],"
                + " repeat('A long body of words about marketing and growth ', 8) ||"
                + " (ARRAY['observability','onboarding','retention','churn','brand voice'])[1 + g % 5],"
                + " 'professional', now() - (g || ' minutes')::interval"
                + " FROM generate_series(1, ?) g RETURNING id) SELECT min(id) FROM inserted",
            Integer.class, someUser, USERS, CONTENTS);
    for (String month : List.of("2030-01-01", "2030-02-01", "2030-03-01")) {
      sql.queryForObject(
          "SELECT segmint.create_platform_post_partition(?::date)", Boolean.class, month);
    }
    sql.update(
        "INSERT INTO segmint.platform_post (content_id, platform_id, scheduled_time, status,"
            + " posted_at, created_at)"
            + " SELECT c.id, p.id, timestamptz '2030-01-01' + (g || ' minutes')::interval,"
            + " CASE WHEN g % 50 = 0 THEN 'scheduled' ELSE 'posted' END::segmint.post_status,"
            + " CASE WHEN g % 50 = 0 THEN NULL ELSE timestamptz '2030-01-01' END,"
            + " timestamptz '2030-01-01' + ((g % 89) || ' days')::interval"
            + " FROM generate_series(1, 30000) g"
            + " JOIN LATERAL (SELECT id FROM segmint.content WHERE id >= ?"
            + " ORDER BY id LIMIT 1 OFFSET g % 1000) c ON true"
            + " JOIN segmint.platform p ON p.code = 'LinkedIn'",
        firstContent);
    sql.execute("VACUUM ANALYZE segmint.content");
    sql.execute("VACUUM ANALYZE segmint.platform_post");
  }

  @Test
  void shouldFindDuePostsThroughThePartialIndexOnScheduledPosts() {
    List<String> plan =
        QueryPlans.explain(
            superuser,
            "SELECT id FROM segmint.platform_post WHERE status = 'scheduled'"
                + " AND scheduled_time <= timestamptz '2030-01-05'"
                + " ORDER BY scheduled_time LIMIT 100");
    for (String month : List.of("y2030m01", "y2030m02", "y2030m03")) {
      assertThat(plan)
          .containsSequence(
              "Node Type=Index Scan",
              "Index Name=platform_post_" + month + "_scheduled_time_idx",
              "Relation Name=platform_post_" + month);
    }
    assertThat(String.join(" ", plan))
        .as("no partition holding posts is scanned whole")
        .doesNotContainPattern("Seq Scan Relation Name=platform_post_y2030");
  }

  @Test
  void shouldListAUsersLatestContentThroughTheUserCreatedAtIndex() {
    List<String> plan =
        QueryPlans.explain(
            superuser,
            "SELECT id, title FROM segmint.content WHERE user_id = ?"
                + " ORDER BY created_at DESC LIMIT 20",
            someUser);
    assertThat(plan).contains("Index Name=content_user_id_created_at_idx");
    assertThat(plan).doesNotContain("Node Type=Sort");
  }

  @Test
  void shouldSearchTheTextThroughTheGinIndex() {
    List<String> plan =
        QueryPlans.explain(
            superuser,
            "SELECT id FROM segmint.content"
                + " WHERE search_vector @@ websearch_to_tsquery('english', 'kubernetes observability')");
    assertThat(plan)
        .contains("Node Type=Bitmap Index Scan", "Index Name=content_search_vector_idx");
  }

  @Test
  void shouldAnswerTitlesOfAUserFromTheCoveringIndexAlone() {
    List<String> plan =
        QueryPlans.explain(
            superuser, "SELECT title FROM segmint.content WHERE user_id = ?", someUser);
    assertThat(plan)
        .containsSequence("Node Type=Index Only Scan", "Index Name=content_user_id_title_idx");
  }

  @Test
  void shouldReadOnlyTheMonthAQueryAsksFor() {
    List<String> plan =
        QueryPlans.explain(
            superuser,
            "SELECT count(*) FROM segmint.platform_post"
                + " WHERE created_at >= timestamptz '2030-02-01' AND created_at < timestamptz '2030-03-01'");
    assertThat(plan).contains("Relation Name=platform_post_y2030m02");
    assertThat(plan)
        .filteredOn(node -> node.startsWith("Relation Name=platform_post_"))
        .containsOnly("Relation Name=platform_post_y2030m02");
  }
}
