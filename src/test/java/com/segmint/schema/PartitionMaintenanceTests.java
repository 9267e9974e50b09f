package com.segmint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Monthly partitions of platform_post: created ahead, filled from the default, detached by age. */
class PartitionMaintenanceTests {

  private static DataSource app;
  private static JdbcTemplate superuser;
  private static Fixtures fixtures;

  @BeforeAll
  static void connect() {
    TestDatabase database = TestDatabase.migrated();
    app = database.app();
    superuser = new JdbcTemplate(database.superuser());
    fixtures = new Fixtures(app);
  }

  @Test
  void shouldCreateThePartitionsFromLastMonthToThreeMonthsAhead() {
    Sessions.call(
        app,
        DatabaseActor.system(),
        sql ->
            sql.queryForObject("SELECT segmint.ensure_platform_post_partitions(3)", Integer.class));

    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    for (int offset = -1; offset <= 3; offset++) {
      assertThat(isAttached(partitionOf(now.plusMonths(offset))))
          .as("partition of %s", now.plusMonths(offset))
          .isTrue();
    }
    int createdAgain =
        Sessions.call(
            app,
            DatabaseActor.system(),
            sql ->
                sql.queryForObject(
                    "SELECT segmint.ensure_platform_post_partitions(3)", Integer.class));
    assertThat(createdAgain).isZero();
  }

  @Test
  void shouldMoveRowsOutOfTheDefaultPartitionWhenTheirMonthArrives() {
    int owner = fixtures.user("creator");
    int content = fixtures.content(owner, "Far future", "A post created far ahead");
    int post =
        superuser.queryForObject(
            "INSERT INTO segmint.platform_post (content_id, platform_id, scheduled_time, created_at)"
                + " SELECT ?, id, timestamptz '2032-07-20 10:00Z', timestamptz '2032-07-10 10:00Z'"
                + " FROM segmint.platform p WHERE code = 'YouTube' RETURNING id",
            Integer.class,
            content);
    assertThat(partitionHolding(post)).isEqualTo("platform_post_default");

    Boolean created =
        Sessions.call(
            app,
            DatabaseActor.system(),
            sql ->
                sql.queryForObject(
                    "SELECT segmint.create_platform_post_partition(date '2032-07-01')",
                    Boolean.class));

    assertThat(created).isTrue();
    assertThat(partitionHolding(post)).isEqualTo("platform_post_y2032m07");
  }

  @Test
  void shouldDetachButKeepPartitionsOlderThanTheRetention() {
    superuser.queryForObject("SELECT segmint.ensure_platform_post_partitions(3)", Integer.class);
    for (String month : List.of("2019-01-01", "2019-02-01")) {
      superuser.queryForObject(
          "SELECT segmint.create_platform_post_partition(?::date)", Boolean.class, month);
    }

    int detached =
        Sessions.call(
            app,
            DatabaseActor.system(),
            sql ->
                sql.queryForObject(
                    "SELECT segmint.detach_platform_post_partitions(24)", Integer.class));

    assertThat(detached).isGreaterThanOrEqualTo(2);
    assertThat(isAttached("platform_post_y2019m01")).isFalse();
    assertThat(isAttached("platform_post_y2019m02")).isFalse();
    assertThat(exists("platform_post_y2019m01")).as("detached, not dropped").isTrue();
    assertThat(isAttached(partitionOf(YearMonth.now(ZoneOffset.UTC).minusMonths(1)))).isTrue();
  }

  private static String partitionOf(YearMonth month) {
    return "platform_post_y%04dm%02d".formatted(month.getYear(), month.getMonthValue());
  }

  private static String partitionHolding(int postId) {
    return superuser
        .queryForObject(
            "SELECT tableoid::regclass::text FROM segmint.platform_post WHERE id = ?",
            String.class,
            postId)
        .replace("segmint.", "");
  }

  private static boolean isAttached(String partition) {
    return Boolean.TRUE.equals(
        superuser.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM pg_inherits WHERE inhparent = 'segmint.platform_post'::regclass"
                + " AND inhrelid = to_regclass('segmint.' || ?))",
            Boolean.class,
            partition));
  }

  private static boolean exists(String table) {
    return superuser.queryForObject(
        "SELECT to_regclass('segmint.' || ?) IS NOT NULL", Boolean.class, table);
  }
}
