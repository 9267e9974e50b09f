package com.segmint.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.DatabaseActor;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plans PostgreSQL really executes for the search, as {@code segmint_app} acting for a caller,
 * the statements inside {@code content_search_page} included (recorded by {@code auto_explain}): an
 * admin's or a majority owner's search for a word the planner knows looks within the newest hours
 * through the (hour, words) GIN index and widens them while they hold too few matches, a creator
 * who owns a small share of the rows walks their own rows newest first and reads every match when
 * the walk meets too few, a word the planner knows nothing of is read through the GIN index at
 * once, a query of negated words only walks the newest rows, a creator with few rows starts from
 * their own rows alone (the GIN bitmap of every match would cost more than those rows), and none
 * scans every content. Each search also returns the newest matches, whichever way it found them.
 */
class ContentSearchPlanTests {

  private static final int USERS = 100;
  private static final int CONTENTS = 20_000;
  private static final String COMMON = "kubernetes";
  private static final String RARE = "4242";
  private static final String OLD_WORD = "zqarchiveword";
  private static final int OLD_MATCHES = 2_000;

  /** In one row of 40: neither rare nor common at this table's size. */
  private static final String MIDDLING = "webinar";

  /**
   * Nearly common, mostly a year ago: the newest hours hold a few of its matches, fewer than the
   * ranked ones.
   */
  private static final String OLD_MIDDLING = "zqoldwebinar";

  private static final int OLD_MIDDLING_MATCHES = 800;
  private static final int NEW_MIDDLING_MATCHES = 30;

  /**
   * A creator with a tenth of the rows: too many to match one by one, too few for a window of every
   * creator's newest rows.
   */
  private static final int MINORITY_ROWS = 2_500;

  private static final int MINORITY_OLD_MATCHES = 300;

  /**
   * Fewer than the service ranks, so that at this table's size the common query counts as common:
   * more than 20 times this many estimated matches.
   */
  private static final int RANKED = 50;

  private static final Pattern PLAN_FIELD =
      Pattern.compile("\"(Node Type|Index Name|Relation Name|Index Cond|Filter)\": \"([^\"]+)\"");
  private static final String SCAN_OF_EVERY_CONTENT = "Seq Scan Relation Name=content( |$)";
  private static TestDatabase database;
  private static int majorityOwner;
  private static int minorityCreator;

  /**
   * One creator owns three quarters of the rows; 99 others share the rest; one more creator has a
   * tenth as many, and an old word of their own. They are dated from tomorrow backwards, so that
   * they are the newest rows whatever other tests have written, and an old word is common a year
   * ago only.
   */
  @BeforeAll
  static void loadManyCreatorsContent() {
    database = TestDatabase.migrated();
    JdbcTemplate sql = new JdbcTemplate(database.superuser());
    majorityOwner =
        sql.queryForObject(
            "WITH inserted AS (INSERT INTO segmint.users (username, email, password_hash)"
                + " SELECT 'search_plan_' || g || '_' || md5(random()::text),"
                + " 'search_plan' || g || '_' || md5(random()::text) || '@example.com', 'h'"
                + " FROM generate_series(1, ?) g RETURNING id) SELECT min(id) FROM inserted",
            Integer.class,
            USERS + 1);
    minorityCreator = majorityOwner + USERS;
    sql.update(
        "INSERT INTO segmint.content (user_id, title, body, tone, created_at)"
            + " SELECT CASE WHEN g % 4 = 0 THEN ? + 1 + g % (? - 1) ELSE ? END,"
            + " 'Post ' || g || ' about ' || (ARRAY['hiring','pricing',"
            + "'kubernetes','storytelling','remote work'])[1 + g % 5],"
            + " 'Notes on ' || (ARRAY['observability','onboarding','retention','churn',"
            + "'brand voice'])[1 + g % 5] || ' and what we learned, week ' || g"
            + " || CASE WHEN g % 40 = 0 THEN ' at our "
            + MIDDLING
            + "' ELSE '' END, 'professional',"
            + " now() + interval '1 day' - g * interval '1 second'"
            + " FROM generate_series(1, ?) g",
        majorityOwner,
        USERS,
        majorityOwner,
        CONTENTS);
    sql.update(
        "INSERT INTO segmint.content (user_id, title, body, tone, created_at)"
            + " SELECT ?, 'Draft ' || g || ' about ' || (ARRAY['hiring','pricing',"
            + "'kubernetes','storytelling','remote work'])[1 + g % 5], 'Notes, week ' || g,"
            + " 'professional', now() + interval '1 day' - g * interval '8 seconds'"
            + " FROM generate_series(1, ?) g",
        minorityCreator, MINORITY_ROWS);
    sql.update(
        "INSERT INTO segmint.content (user_id, title, body, tone, created_at)"
            + " SELECT CASE WHEN g <= ? THEN ? ELSE ? END, 'Archive ' || g, 'An "
            + OLD_WORD
            + " from last year, number ' || g,"
            + " 'professional', now() - interval '1 year' - g * interval '1 second'"
            + " FROM generate_series(1, ?) g",
        MINORITY_OLD_MATCHES,
        minorityCreator,
        majorityOwner,
        OLD_MATCHES);
    sql.update(
        "INSERT INTO segmint.content (user_id, title, body, tone, created_at)"
            + " SELECT ?, 'Old ' || g, 'An "
            + OLD_MIDDLING
            + " from last year, number ' || g,"
            + " 'professional', now() - interval '1 year' - interval '1 day' - g * interval '1 second'"
            + " FROM generate_series(1, ?) g",
        majorityOwner,
        OLD_MIDDLING_MATCHES);
    sql.update(
        "INSERT INTO segmint.content (user_id, title, body, tone, created_at)"
            + " SELECT ?, 'New ' || g, 'An "
            + OLD_MIDDLING
            + " from tomorrow, number ' || g,"
            + " 'professional', now() + interval '1 day' + g * interval '1 second'"
            + " FROM generate_series(1, ?) g",
        majorityOwner,
        NEW_MIDDLING_MATCHES);
    sql.execute("VACUUM ANALYZE segmint.content");
  }

  @Test
  void shouldFindTheNewestMatchesOfACommonQueryForAnAdminWithinTheNewestHours() {
    DatabaseActor admin = DatabaseActor.user(majorityOwner, "admin");
    List<List<String>> plans = searchPlans(admin, COMMON);

    assertThat(plans).hasSize(1);
    assertThat(readsAWindowOfHours(plans.get(0))).as("the newest hours: %s", plans).isTrue();
    assertThat(joined(plans)).doesNotContainPattern(SCAN_OF_EVERY_CONTENT);
    assertThat(page(admin, COMMON, RANKED, true))
        .containsExactlyInAnyOrderElementsOf(newestMatches(COMMON, RANKED));
  }

  @Test
  void shouldJudgeWordsThatGoTogetherAsCommonAsTheMoreFrequentOfThem() {
    DatabaseActor admin = DatabaseActor.user(majorityOwner, "admin");
    List<List<String>> plans = searchPlans(admin, "kubernetes retention");

    assertThat(plans)
        .as("the two words are in the same fifth of the rows, not in a fifth of a fifth")
        .hasSize(1)
        .allMatch(ContentSearchPlanTests::readsAWindowOfHours);
    assertThat(page(admin, "kubernetes retention", RANKED, true))
        .containsExactlyInAnyOrderElementsOf(newestMatches("kubernetes & retention", RANKED));
  }

  @Test
  void shouldReadEveryMatchOfAWordThePlannerKnowsNothingOfThroughTheGinIndex() {
    List<List<String>> plans = searchPlans(DatabaseActor.user(majorityOwner, "admin"), RARE);

    assertThat(plans).hasSize(1);
    assertThat(readsEveryMatchThroughAGinIndex(plans.get(0)))
        .as("every match, through the GIN index: %s", plans)
        .isTrue();
    assertThat(joined(plans)).doesNotContainPattern(SCAN_OF_EVERY_CONTENT);
  }

  @Test
  void shouldBoundTheSearchOfACreatorWhoOwnsMostRowsByTimeOrByTheGinIndex() {
    DatabaseActor owner = DatabaseActor.user(majorityOwner, "creator");
    List<List<String>> common = searchPlans(owner, COMMON);
    List<List<String>> rare = searchPlans(owner, RARE);

    assertThat(common).hasSize(1).allMatch(ContentSearchPlanTests::readsAWindowOfHours);
    assertThat(rare).hasSize(1).allMatch(ContentSearchPlanTests::readsEveryMatchThroughAGinIndex);
    assertThat(joined(common) + " " + joined(rare)).doesNotContainPattern(SCAN_OF_EVERY_CONTENT);
    assertThat(page(owner, COMMON, RANKED, true))
        .containsExactlyInAnyOrderElementsOf(newestMatchesOf(majorityOwner, COMMON, RANKED));
  }

  @Test
  void shouldWalkTheOwnRowsOfACreatorWithASmallShareNewestFirst() {
    DatabaseActor minority = DatabaseActor.user(minorityCreator, "creator");
    List<List<String>> plans = searchPlans(minority, COMMON);

    assertThat(plans).hasSize(1);
    assertThat(plans.get(0))
        .contains("Index Name=content_user_id_created_at_idx")
        .noneMatch(node -> node.matches("Index Name=content_.*search_vector_idx"));
    assertThat(page(minority, COMMON, RANKED, true))
        .containsExactlyInAnyOrderElementsOf(newestMatchesOf(minorityCreator, COMMON, RANKED));
  }

  @Test
  void shouldReadEveryMatchWhenTheWalkMeetsTooFewMatchesWithinItsBudget() {
    DatabaseActor minority = DatabaseActor.user(minorityCreator, "creator");
    List<List<String>> plans = searchPlans(minority, OLD_WORD);

    assertThat(plans).hasSize(2);
    assertThat(plans.get(0))
        .as("first their newest rows, within the budget")
        .contains("Index Name=content_user_id_created_at_idx");
    assertThat(readsEveryMatchThroughAGinIndex(plans.get(1))).as("then every match").isTrue();
    assertThat(page(minority, OLD_WORD, RANKED, true))
        .containsExactlyInAnyOrderElementsOf(newestMatchesOf(minorityCreator, OLD_WORD, RANKED));
  }

  @Test
  void shouldLookForAMiddlingWordWithinTheNewestHoursAndStillReachTheOlderMatches() {
    DatabaseActor admin = DatabaseActor.user(majorityOwner, "admin");
    List<List<String>> plans = searchPlans(admin, MIDDLING);
    List<Integer> newest = newestMatches(MIDDLING, RANKED + 20);

    assertThat(plans).hasSize(1);
    assertThat(readsAWindowOfHours(plans.get(0))).as("the newest hours alone").isTrue();
    assertThat(page(admin, MIDDLING, RANKED, true))
        .containsExactlyInAnyOrderElementsOf(newest.subList(0, RANKED));
    assertThat(page(admin, MIDDLING, RANKED + 20, false))
        .as("the older matches follow the ranked ones, past the window")
        .containsExactlyElementsOf(newest.subList(RANKED, RANKED + 20));
  }

  @Test
  void shouldWidenTheWindowOfHoursWhileItHoldsTooFewMatchesThenReadEveryMatch() {
    DatabaseActor admin = DatabaseActor.user(majorityOwner, "admin");
    List<List<String>> plans = searchPlans(admin, OLD_MIDDLING);

    assertThat(plans).hasSizeGreaterThanOrEqualTo(3);
    assertThat(plans.subList(0, plans.size() - 1))
        .as("the newest hours, then wider windows: %s", plans)
        .allMatch(ContentSearchPlanTests::readsAWindowOfHours);
    assertThat(readsEveryMatchThroughAGinIndex(plans.get(plans.size() - 1)))
        .as("then every match")
        .isTrue();
    assertThat(page(admin, OLD_MIDDLING, RANKED, true))
        .containsExactlyInAnyOrderElementsOf(newestMatches(OLD_MIDDLING, RANKED));
  }

  @Test
  void shouldReadEveryMatchWhenTheNewestHoursHoldNoneOfACommonWord() {
    DatabaseActor admin = DatabaseActor.user(majorityOwner, "admin");
    List<List<String>> plans = searchPlans(admin, OLD_WORD);

    assertThat(plans).hasSize(2);
    assertThat(readsAWindowOfHours(plans.get(0))).as("first the newest hours").isTrue();
    assertThat(readsEveryMatchThroughAGinIndex(plans.get(1)))
        .as("then, with no match to go by, every match")
        .isTrue();
    assertThat(page(admin, OLD_WORD, RANKED, true))
        .containsExactlyInAnyOrderElementsOf(newestMatches(OLD_WORD, RANKED));
  }

  @Test
  void shouldWalkTheNewestRowsForAQueryOfNegatedWordsOnly() {
    DatabaseActor admin = DatabaseActor.user(majorityOwner, "admin");
    List<List<String>> plans = searchPlans(admin, "-" + COMMON);

    assertThat(plans).hasSize(1);
    assertThat(plans.get(0))
        .as("nearly every row matches: the newest rows, not a window sized by the negated word")
        .contains("Index Name=content_live_created_at_id_idx")
        .noneMatch(node -> node.matches("Index Name=content_.*search_vector_idx"));
    assertThat(page(admin, "-" + COMMON, RANKED, true))
        .containsExactlyInAnyOrderElementsOf(newestMatches("!" + COMMON, RANKED));
  }

  private static boolean readsAWindowOfHours(List<String> plan) {
    return plan.stream()
        .anyMatch(
            node -> node.matches("(Index Cond|Filter)=.*") && node.contains("created_hour >="));
  }

  private static boolean readsEveryMatchThroughAGinIndex(List<String> plan) {
    return !readsAWindowOfHours(plan) && readsAGinIndex(plan);
  }

  private static boolean readsAGinIndex(List<String> plan) {
    return plan.stream()
        .anyMatch(
            node -> node.matches("Index Name=content_(live_created_hour_)?search_vector_idx"));
  }

  private static String joined(List<List<String>> plans) {
    return plans.stream().map(plan -> String.join(" ", plan)).collect(Collectors.joining(" "));
  }

  /** The ids of one first page of the search, its ranked hits or the older ones after them. */
  private static List<Integer> page(DatabaseActor caller, String text, int limit, boolean ranked) {
    return Sessions.call(
        database.app(),
        caller,
        sql ->
            sql.queryForList(
                "SELECT id FROM segmint.content_search_page(websearch_to_tsquery('english', ?),"
                    + " NULL, NULL, NULL, ?, ?) WHERE ranked = ? ORDER BY ordinal",
                Integer.class,
                text,
                limit,
                RANKED,
                ranked));
  }

  private static List<Integer> newestMatches(String query, int limit) {
    return new JdbcTemplate(database.superuser())
        .queryForList(
            "SELECT id FROM segmint.content WHERE search_vector @@ to_tsquery('english', ?)"
                + " AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ?",
            Integer.class,
            query,
            limit);
  }

  private static List<Integer> newestMatchesOf(int author, String query, int limit) {
    return new JdbcTemplate(database.superuser())
        .queryForList(
            "SELECT id FROM segmint.content WHERE search_vector @@ to_tsquery('english', ?)"
                + " AND deleted_at IS NULL AND user_id = ? ORDER BY created_at DESC, id DESC"
                + " LIMIT ?",
            Integer.class,
            query,
            author,
            limit);
  }

  @Test
  void shouldStartTheSearchOfACreatorWithFewRowsFromTheirOwnRowsAlone() {
    List<String> plan = searchPlan(DatabaseActor.user(majorityOwner + 1, "creator"), COMMON);

    assertThat(plan)
        .anyMatch(node -> node.startsWith("Index Name=content_user_id_"))
        .doesNotContain("Index Name=content_search_vector_idx");
    assertThat(String.join(" ", plan)).doesNotContainPattern(SCAN_OF_EVERY_CONTENT);
  }

  @Test
  void shouldAskWhoTheCallerIsOncePerStatementNotOncePerRow() {
    List<String> plan =
        Sessions.call(
            database.app(),
            DatabaseActor.user(majorityOwner, "creator"),
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

  /** The plan nodes of the statement that matches the text, as the function executed it. */
  private static List<String> searchPlan(DatabaseActor caller, String text) {
    return searchPlans(caller, text).get(0);
  }

  /** The plan nodes of each statement that looked for the newest matches, in order. */
  private static List<List<String>> searchPlans(DatabaseActor caller, String text) {
    String query =
        "SELECT * FROM segmint.content_search_page(websearch_to_tsquery('english', '"
            + text
            + "'), NULL, NULL, NULL, 21, "
            + RANKED
            + ")";
    return executedPlans(caller, query).stream()
        .filter(plan -> plan.contains("WITH main AS MATERIALIZED"))
        .map(ContentSearchPlanTests::nodes)
        .toList();
  }

  /**
   * Runs the query as {@code segmint_app} for the caller with {@code auto_explain} logging every
   * statement's plan, nested ones too, to the client, where they arrive as warnings.
   */
  private static List<String> executedPlans(DatabaseActor caller, String query) {
    try (Connection connection = database.superuser().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("LOAD 'auto_explain'");
      statement.execute("SET LOCAL auto_explain.log_min_duration = 0");
      statement.execute("SET LOCAL auto_explain.log_nested_statements = on");
      statement.execute("SET LOCAL auto_explain.log_format = json");
      statement.execute("SET LOCAL client_min_messages = log");
      statement.execute("SET LOCAL ROLE segmint_app");
      statement.execute(
          "SELECT set_config('app.user_id', '"
              + caller.userId()
              + "', true),"
              + " set_config('app.role', '"
              + caller.role()
              + "', true)");
      statement.clearWarnings();
      statement.executeQuery(query).close();
      List<String> plans = new ArrayList<>();
      for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
        plans.add(w.getMessage());
      }
      connection.rollback();
      return plans;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> nodes(String plan) {
    List<String> nodes = new ArrayList<>();
    Matcher matcher = PLAN_FIELD.matcher(plan);
    while (matcher.find()) {
      nodes.add(matcher.group(1) + "=" + matcher.group(2));
    }
    return nodes;
  }
}
