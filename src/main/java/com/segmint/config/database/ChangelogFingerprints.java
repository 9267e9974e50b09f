package com.segmint.config.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;

/**
 * The {@code changelog_fingerprint} table beside Liquibase's own: per changelog, the files it had
 * and a digest of the changesets applied when its last update succeeded. A start may skip the
 * update only when both are unchanged and no update is in progress: a rollback, an update by
 * another changelog or a changeset run by hand changes {@code databasechangelog}, and so the
 * digest.
 */
final class ChangelogFingerprints {

  private final SpringLiquibase liquibase;
  private final String schema;

  ChangelogFingerprints(SpringLiquibase liquibase) {
    this.liquibase = liquibase;
    this.schema =
        Objects.requireNonNullElse(liquibase.getLiquibaseSchema(), liquibase.getDefaultSchema());
  }

  /** Whether the last successful update had these files and left the changesets as they are. */
  boolean matches(String filesSha256) throws SQLException {
    try (Connection connection = dataSource().getConnection()) {
      if (!exists(connection)) {
        return false;
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              """
              SELECT files_sha256 = ? AND applied_md5 = (%s)
                     AND NOT EXISTS (SELECT FROM %s WHERE locked)
              FROM %s WHERE changelog = ?"""
                  .formatted(appliedMd5(), table(lockTable()), table("changelog_fingerprint")))) {
        statement.setString(1, filesSha256);
        statement.setString(2, liquibase.getChangeLog());
        try (ResultSet row = statement.executeQuery()) {
          return row.next() && row.getBoolean(1);
        }
      }
    }
  }

  /** Records a successful update; a changelog without the table (an older one) records nothing. */
  void record(String filesSha256) throws SQLException {
    try (Connection connection = dataSource().getConnection()) {
      if (!exists(connection)) {
        return;
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              """
              INSERT INTO %s (changelog, files_sha256, applied_md5, recorded_at)
              VALUES (?, ?, (%s), clock_timestamp())
              ON CONFLICT (changelog) DO UPDATE
                  SET files_sha256 = excluded.files_sha256,
                      applied_md5 = excluded.applied_md5,
                      recorded_at = excluded.recorded_at"""
                  .formatted(table("changelog_fingerprint"), appliedMd5()))) {
        statement.setString(1, liquibase.getChangeLog());
        statement.setString(2, filesSha256);
        statement.executeUpdate();
      }
    }
  }

  private boolean exists(Connection connection) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      statement.setString(1, table("changelog_fingerprint"));
      try (ResultSet row = statement.executeQuery()) {
        return row.next() && row.getBoolean(1);
      }
    }
  }

  private String appliedMd5() {
    return """
        SELECT md5(coalesce(string_agg(
                   concat_ws(':', id, author, filename, md5sum, exectype), ','
                   ORDER BY orderexecuted, id, author, filename), ''))
        FROM %s"""
        .formatted(table(changelogTable()));
  }

  private String changelogTable() {
    return lowerCase(liquibase.getDatabaseChangeLogTable(), "databasechangelog");
  }

  private String lockTable() {
    return lowerCase(liquibase.getDatabaseChangeLogLockTable(), "databasechangeloglock");
  }

  private String table(String name) {
    return schema == null ? quoted(name) : quoted(schema) + "." + quoted(name);
  }

  private DataSource dataSource() {
    return liquibase.getDataSource();
  }

  private static String lowerCase(String configured, String fallback) {
    return configured == null ? fallback : configured.toLowerCase(Locale.ROOT);
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
