package com.segmint.config.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The embedded server started ahead of the context: closed by its taker, or by the context. */
class StartingDatabaseTests {

  @Test
  void shouldStopAServerThatNobodyTookWhenTheContextCloses() throws Exception {
    Path directory = Files.createTempDirectory(Path.of("target"), "starting-db-").resolve("pg");
    StartingDatabase starting = StartingDatabase.begin(directory, 0);

    starting.destroy();

    assertThat(directory.resolve("PG_VERSION")).as("the close waited for the start").exists();
    assertThat(directory.resolve("postmaster.pid"))
        .as("a context that failed before the database bean leaves no postgres running")
        .doesNotExist();
  }

  @Test
  void shouldLeaveATakenServerToItsTaker() throws Exception {
    Path directory = Files.createTempDirectory(Path.of("target"), "starting-db-").resolve("pg");
    StartingDatabase starting = StartingDatabase.begin(directory, 0);

    EmbeddedPostgresServer server = starting.await();
    starting.destroy();
    try {
      assertThat(currentDatabase(server)).isEqualTo("segmint");
    } finally {
      server.close();
    }
    assertThat(directory.resolve("postmaster.pid")).doesNotExist();
  }

  private static String currentDatabase(EmbeddedPostgresServer server) throws SQLException {
    DatabaseEndpoint endpoint = server.endpoint();
    try (Connection connection =
            DriverManager.getConnection(
                endpoint.url(), endpoint.ownerUser(), endpoint.ownerPassword());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT current_database()")) {
      result.next();
      return result.getString(1);
    }
  }
}
