package com.segmint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.DatabaseActor;
import com.segmint.config.database.DatabaseBootstrap;
import com.segmint.support.DebianPostgres15;
import com.segmint.support.Fixtures;
import com.segmint.support.Migrations;
import com.segmint.support.Sessions;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema's second target: Debian's PostgreSQL 15, bootstrapped as a DBA would. */
class Postgres15MigrationTests {

  private static DebianPostgres15 postgres;
  private static DataSource owner;

  @BeforeAll
  static void startAndBootstrap() throws Exception {
    postgres = DebianPostgres15.start();
    DatabaseBootstrap.prepare(
        postgres.superuser("postgres"), postgres.superuser(DatabaseBootstrap.DATABASE));
    owner = postgres.connect(DatabaseBootstrap.OWNER, DatabaseBootstrap.DATABASE);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void shouldMigrateRollBackAndMigrateAgainOnVersion15() {
    DataSource superuser = postgres.superuser(DatabaseBootstrap.DATABASE);
    assertThat(new JdbcTemplate(superuser).queryForObject("SHOW server_version_num", String.class))
        .startsWith("15");

    Migrations.update(owner);
    List<String> first = SchemaSnapshot.of(superuser);
    Migrations.rollbackToTag(owner, "baseline");
    assertThat(SchemaSnapshot.objectsBesidesLiquibase(superuser)).isEmpty();
    Migrations.update(owner);

    assertThat(SchemaSnapshot.of(superuser)).containsExactlyElementsOf(first);
  }

  @Test
  void shouldKeepCreatorsApartOnVersion15() {
    Migrations.update(owner);
    DataSource app = postgres.connect(DatabaseBootstrap.APP, DatabaseBootstrap.DATABASE);
    Fixtures fixtures = new Fixtures(app);
    int alice = fixtures.user("creator");
    int bob = fixtures.user("creator");
    int bobContent = fixtures.content(bob, "Bob's plan", "private");
    int bobProfile = fixtures.socialProfile(bob, "Twitter");
    fixtures.scheduledPost(bob, bobContent, bobProfile);

    int seenByAlice =
        Sessions.call(
            app,
            DatabaseActor.user(alice, "creator"),
            sql ->
                sql.queryForObject(
                    "SELECT (SELECT count(*) FROM segmint.content WHERE user_id = ?)"
                        + " + (SELECT count(*) FROM segmint.platform_post WHERE content_id = ?)",
                    Integer.class,
                    bob,
                    bobContent));
    assertThat(seenByAlice).isZero();
  }
}
