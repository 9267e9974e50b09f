package com.segmint.config.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL started by Segmint itself, so that one command runs the whole service. Its data
 * directory persists; unlike the library's defaults, fsync and synchronous commit are on, so a 2xx
 * means the write survives a crash.
 */
public final class EmbeddedPostgresServer implements DatabaseServer {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;
  private final DatabaseEndpoint endpoint;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, DatabaseEndpoint endpoint) {
    this.postgres = postgres;
    this.endpoint = endpoint;
  }

  /**
   * Starts (or restarts) the server on {@code dataDirectory}, creating the cluster on first use,
   * then makes sure the roles, the database and its schema exist.
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(directory);
      OrphanedPostmaster.clear(directory);
      int listenPort = port == 0 ? freePort() : port;
      boolean firstStart = !Files.exists(directory.resolve("PG_VERSION"));
      long started = System.nanoTime();
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory.toFile())
              .setCleanDataDirectory(false)
              .setPort(listenPort)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(STARTUP_WAIT)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "200")
              .start();
      DatabaseEndpoint endpoint = DatabaseBootstrap.prepare(postgres, listenPort);
      log.info(
          "Embedded PostgreSQL {} on localhost:{} with data in {} ({} ms)",
          firstStart ? "created and started" : "started",
          listenPort,
          directory,
          (System.nanoTime() - started) / 1_000_000);
      return new EmbeddedPostgresServer(postgres, endpoint);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL in " + directory, e);
    }
  }

  @Override
  public DatabaseEndpoint endpoint() {
    return endpoint;
  }

  /** A superuser connection to {@code database}, for administration and for tests. */
  public DataSource superuser(String database) {
    return postgres.getDatabase("postgres", database);
  }

  @Override
  public void close() {
    try {
      postgres.close();
      log.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
