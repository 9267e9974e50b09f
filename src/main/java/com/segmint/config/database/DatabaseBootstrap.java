package com.segmint.config.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;

/**
 * What a DBA does once on an external server, done by Segmint on its embedded one as the superuser:
 * the three roles, the {@code segmint} database owned by the owner role, and its schema.
 */
public final class DatabaseBootstrap {

  public static final String DATABASE = "segmint";
  public static final String OWNER = "segmint_owner";
  public static final String APP = "segmint_app";
  public static final String READONLY = "segmint_readonly";

  private DatabaseBootstrap() {}

  static DatabaseEndpoint prepare(EmbeddedPostgres postgres, int port) {
    prepare(postgres.getPostgresDatabase(), postgres.getDatabase("postgres", DATABASE));
    String url = "jdbc:postgresql://localhost:%d/%s".formatted(port, DATABASE);
    return new DatabaseEndpoint(url, OWNER, "", APP, "");
  }

  /**
   * Runs the bootstrap on a server: {@code cluster} is a superuser connection to any database,
   * {@code database} a superuser connection to the {@code segmint} database (created here first).
   */
  public static void prepare(DataSource cluster, DataSource database) {
    try {
      try (Connection connection = cluster.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(script("db/bootstrap/roles.sql"));
        var exists =
            statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
        if (!exists.next()) {
          statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
        }
      }
      try (Connection connection = database.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(script("db/bootstrap/schema.sql"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare the segmint database", e);
    }
  }

  private static String script(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
