package com.segmint.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.DatabaseActor;
import com.segmint.schema.QueryPlans;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan of the search's real query, explained as {@code segmint_app} acting for a caller, so
 * row-level security is part of it: with many creators a creator's search starts from their own
 * rows and the rows they review, never from a scan of every content; and the policy asks who the
 * caller is once per statement, which made scans that must read every row (an admin's) cheap.
 */
class ContentSearchPlanTests {

  private static final int USERS = 100;
  private static final int CONTENTS = 20_000;
  private static DataSource app;
  private static int someUser;

  @BeforeAll
  static void loadManyCreatorsContent() {
    TestDatabase database = TestDatabase.migrated();
    app = database.app();
    JdbcTemplate sql = new JdbcTemplate(database.superuser());
    someUser =
        sql.queryForObject(
            "WITH inserted AS (INSERT INTO segmint.users (username, email, password_hash)"
                + " SELECT 'search_plan_' || g || '_' || md5(random()::text),"
                + " 'search_plan' || g || '_' || md5(random()::text) || '@example.com', 'h'"
                + " FROM generate_series(1, ?) g RETURNING id) SELECT min(id) FROM inserted",
            Integer.class,
            USERS);
    sql.update(
        "INSERT INTO segmint.content (user_id, title, body, tone)"
            + " SELECT ? + (g % ?), 'Post ' || g || ' about ' || (ARRAY['hiring','pricing',"
            + "'kubernetes','storytelling','remote work'])[1 + g % 5],"
            + " 'Notes on ' || (ARRAY['observability','onboarding','retention','churn',"
            + "'brand voice'])[1 + g % 5] || ' and what we learned, week ' || g, 'professional'"
            + " FROM generate_series(1, ?) g",
        someUser, USERS, CONTENTS);
    sql.execute("VACUUM ANALYZE segmint.content");
  }

  @Test
  void shouldStartACreatorsSearchFromTheirRowsAndTheRowsTheyReview() {
    List<String> plan = explainSearch(DatabaseActor.user(someUser, "creator"));

    assertThat(plan)
        .containsSequence("Node Type=BitmapOr", "Node Type=Bitmap Index Scan")
        .contains("Index Name=content_pkey")
        .anyMatch(node -> node.startsWith("Index Name=content_user_id_"));
    assertThat(String.join(" ", plan))
        .as("no scan of every content")
        .doesNotContainPattern("Seq Scan Relation Name=content( |$)");
  }

  @Test
  void shouldAskWhoTheCallerIsOncePerStatementNotOncePerRow() {
    List<String> plan =
        Sessions.call(
            app,
            DatabaseActor.user(someUser, "creator"),
            sql -> sql.queryForList("EXPLAIN SELECT id FROM segmint.content", String.class));
    String contentFilter =
        plan.stream()
            .dropWhile(line -> !line.contains("Seq Scan on content"))
            .filter(line -> line.trim().startsWith("Filter:"))
            .findFirst()
            .orElseThrow();

    assertThat(contentFilter)
        .contains("(InitPlan")
        .doesNotContain("app_user_id()")
        .doesNotContain("is_privileged()");
  }

  private static List<String> explainSearch(DatabaseActor caller) {
    return Sessions.call(
        app,
        caller,
        sql -> {
          DSLContext db = DSL.using(sql.getDataSource(), SQLDialect.POSTGRES);
          String query =
              db.renderInlined(
                  ContentSearch.rankedPage(
                      ContentSearch.tsQuery("kubernetes retention"), CallerScope.of(db), null, 21));
          return QueryPlans.explain(sql.getDataSource(), query);
        });
  }
}
