package com.segmint.config.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.support.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import liquibase.UpdateSummaryEnum;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A start skips Liquibase only when the changelog's files and the applied changesets are those of
 * its last successful update. A skipped start opens one connection, to compare the fingerprint;
 * Liquibase opens its own.
 */
class LiquibaseFingerprintingTests {

  private static final String DIRECTORY = "db/fingerprint-test/";

  @TempDir Path classpath;

  private JdbcTemplate owner;
  private DataSource ownerDataSource;

  @BeforeEach
  void freshDatabaseAndChangelog() throws IOException {
    TestDatabase cluster = TestDatabase.get();
    String database = "segmint_fingerprint_" + System.nanoTime();
    new JdbcTemplate(cluster.server().superuser("postgres"))
        .execute("CREATE DATABASE " + database + " OWNER " + DatabaseBootstrap.OWNER);
    new JdbcTemplate(cluster.server().superuser(database))
        .execute("CREATE SCHEMA segmint AUTHORIZATION " + DatabaseBootstrap.OWNER);
    ownerDataSource =
        new SimpleDriverDataSource(
            new org.postgresql.Driver(),
            cluster.endpoint().url().replace("/segmint", "/" + database),
            DatabaseBootstrap.OWNER,
            "");
    owner = new JdbcTemplate(ownerDataSource);
    String fingerprintTable =
        new ClassPathResource(
                "db/changelog/common/0610-common-create-table-changelog-fingerprint.sql")
            .getContentAsString(StandardCharsets.UTF_8);
    write("0001-fingerprint.sql", fingerprintTable);
    write("0002-first.sql", changeset("first"));
    writeMaster("0001-fingerprint.sql", "0002-first.sql");
  }

  @Test
  void shouldSkipLiquibaseWhenNothingChangedSinceItsLastUpdate() throws Exception {
    int firstStart = start();
    Timestamp recorded = recordedAt();

    int laterStart = start();

    assertThat(firstStart).isGreaterThan(2);
    assertThat(laterStart).isEqualTo(1);
    assertThat(recordedAt()).isEqualTo(recorded);
  }

  @Test
  void shouldMigrateWhenAChangesetWasAddedToTheChangelog() throws Exception {
    start();
    Timestamp recorded = recordedAt();
    write("0003-second.sql", changeset("second"));
    writeMaster("0001-fingerprint.sql", "0002-first.sql", "0003-second.sql");

    int laterStart = start();

    assertThat(tableExists("second")).isTrue();
    assertThat(laterStart).isGreaterThan(2);
    assertThat(recordedAt()).isAfter(recorded);
  }

  @Test
  void shouldMigrateWhenAChangesetWasRolledBackSinceTheLastUpdate() throws Exception {
    start();
    owner.execute("DROP TABLE segmint.first");
    owner.update("DELETE FROM segmint.databasechangelog WHERE id = 'first'");

    start();

    assertThat(tableExists("first")).isTrue();
  }

  @Test
  void shouldMigrateWhenTheChangelogHasNoFingerprintYet() throws Exception {
    start();
    owner.update("DELETE FROM segmint.changelog_fingerprint");

    int laterStart = start();

    assertThat(laterStart).isGreaterThan(2);
    assertThat(recordedAt()).isNotNull();
  }

  /**
   * What the service does at start: the post-processor around Liquibase's bean. Returns how many
   * connections the start opened.
   */
  private int start() throws LiquibaseException, IOException {
    AtomicInteger connections = new AtomicInteger();
    SpringLiquibase liquibase = new SpringLiquibase();
    liquibase.setDataSource(
        new DelegatingDataSource(ownerDataSource) {
          @Override
          public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return super.getConnection();
          }
        });
    liquibase.setChangeLog("classpath:" + DIRECTORY + "master.yaml");
    liquibase.setDefaultSchema("segmint");
    liquibase.setLiquibaseSchema("segmint");
    liquibase.setAnalyticsEnabled(false);
    liquibase.setShowSummary(UpdateSummaryEnum.OFF);
    liquibase.setResourceLoader(
        new DefaultResourceLoader(new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null)));
    LiquibaseFingerprinting fingerprinting = new LiquibaseFingerprinting();
    fingerprinting.postProcessBeforeInitialization(liquibase, "liquibase");
    liquibase.afterPropertiesSet();
    fingerprinting.postProcessAfterInitialization(liquibase, "liquibase");
    return connections.get();
  }

  private Timestamp recordedAt() {
    return owner.queryForObject(
        "SELECT max(recorded_at) FROM segmint.changelog_fingerprint", Timestamp.class);
  }

  private boolean tableExists(String table) {
    return owner.queryForObject(
        "SELECT to_regclass(?) IS NOT NULL", Boolean.class, "segmint." + table);
  }

  private static String changeset(String table) {
    return """
        --liquibase formatted sql

        --changeset test:%1$s
        CREATE TABLE %1$s (id INT);
        --rollback DROP TABLE %1$s;
        """
        .formatted(table);
  }

  private void writeMaster(String... files) throws IOException {
    StringBuilder master = new StringBuilder("databaseChangeLog:\n");
    for (String file : files) {
      master.append("  - include:\n      file: %s\n".formatted(file));
      master.append("      relativeToChangelogFile: true\n");
    }
    write("master.yaml", master.toString());
  }

  private void write(String file, String content) throws IOException {
    Path path = classpath.resolve(DIRECTORY + file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
  }
}
