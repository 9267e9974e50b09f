package com.segmint.config.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.support.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseCrashRecoveryTests {

  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);

  @Test
  void shouldKeepCommittedRowsAcrossAKillAndRestartWithoutHelp() throws Exception {
    Path dataDirectory = Files.createTempDirectory(Path.of("target"), "crash-data-");
    Path log = dataDirectory.resolve("service.log");
    int databasePort = ServiceProcess.freePort();

    ServiceProcess first = ServiceProcess.start(dataDirectory, databasePort, log);
    Duration firstStart = first.awaitHealthy(BOOT_TIMEOUT);
    assertThat(setting(databasePort, "fsync")).isEqualTo("on");
    assertThat(setting(databasePort, "synchronous_commit")).isEqualTo("on");
    insertUser(databasePort, "survivor");

    first.kill();
    Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
    long orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
        .as("the embedded postgres outlives a kill -9 of the JVM")
        .contains(true);

    ServiceProcess second = ServiceProcess.start(dataDirectory, databasePort, log);
    Duration restart = second.awaitHealthy(BOOT_TIMEOUT);
    assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(userExists(databasePort, "survivor")).isTrue();

    assertThat(second.terminate(Duration.ofSeconds(60))).isIn(0, 143);
    assertThat(pidFile).as("a SIGTERM stops PostgreSQL cleanly").doesNotExist();
    System.out.printf(
        "embedded cold start: first %d ms, after kill -9 %d ms%n",
        firstStart.toMillis(), restart.toMillis());
  }

  private static Connection connect(int port, String user) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/segmint", user, "");
  }

  private static String setting(int port, String name) throws SQLException {
    try (Connection connection = connect(port, "segmint_app");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW " + name)) {
      result.next();
      return result.getString(1);
    }
  }

  private static void insertUser(int port, String username) throws SQLException {
    try (Connection connection = connect(port, "segmint_app");
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("SELECT set_config('app.role', 'system', true)");
      statement.execute(
          "INSERT INTO segmint.users (username, email, password_hash) VALUES ('"
              + username
              + "', '"
              + username
              + "@example.com', 'x')");
      connection.commit();
    }
  }

  private static boolean userExists(int port, String username) throws SQLException {
    try (Connection connection = connect(port, "segmint_app");
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("SELECT set_config('app.role', 'system', true)");
      try (ResultSet result =
          statement.executeQuery(
              "SELECT count(*) FROM segmint.users WHERE username = '" + username + "'")) {
        result.next();
        return result.getInt(1) == 1;
      }
    }
  }
}
