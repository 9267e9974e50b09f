package com.segmint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.config.database.DatabaseBootstrap;
import com.segmint.support.Migrations;
import com.segmint.support.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Every changeset rolls back: update, roll back to the first tag, update again, same schema. */
class MigrationRollbackTests {

  @Test
  void shouldRollBackEverythingToTheBaselineAndRebuildTheSameSchema() {
    TestDatabase cluster = TestDatabase.get();
    String database = "segmint_rollback_" + System.nanoTime();
    new JdbcTemplate(cluster.server().superuser("postgres"))
        .execute("CREATE DATABASE " + database + " OWNER " + DatabaseBootstrap.OWNER);
    DataSource superuser = cluster.server().superuser(database);
    new JdbcTemplate(superuser)
        .execute("CREATE SCHEMA segmint AUTHORIZATION " + DatabaseBootstrap.OWNER);
    DataSource owner =
        new SimpleDriverDataSource(
            new org.postgresql.Driver(),
            cluster.endpoint().url().replace("/segmint", "/" + database),
            DatabaseBootstrap.OWNER,
            "");

    long started = System.nanoTime();
    Migrations.update(owner);
    System.out.printf(
        "migrations: every changeset applied to an empty database in %d ms%n",
        (System.nanoTime() - started) / 1_000_000);
    List<String> first = SchemaSnapshot.of(superuser);
    Migrations.rollbackToTag(owner, "baseline");
    List<String> afterRollback = SchemaSnapshot.objectsBesidesLiquibase(superuser);
    Migrations.update(owner);
    List<String> second = SchemaSnapshot.of(superuser);

    assertThat(first).hasSizeGreaterThan(300);
    assertThat(afterRollback).isEmpty();
    assertThat(second).containsExactlyElementsOf(first);
  }
}
