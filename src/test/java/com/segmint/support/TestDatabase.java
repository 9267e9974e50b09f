package com.segmint.support;

import com.segmint.config.database.DatabaseEndpoint;
import com.segmint.config.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The one embedded PostgreSQL 17 of a test run, shared by every test and every Spring context: it
 * starts on first use, is migrated by the first context (or {@link #migrated()}), and stops with
 * the JVM.
 */
public final class TestDatabase {

  private static final Set<String> SPRING_SHUTDOWN_HOOKS =
      Set.of("SpringContextShutdownHook", "SpringApplicationShutdownHook");
  private static final Duration HOOKS_STARTING = Duration.ofMillis(200);
  private static final Duration CONTEXTS_CLOSING = Duration.ofSeconds(20);

  private static volatile TestDatabase instance;

  private final EmbeddedPostgresServer server;
  private volatile boolean migrated;

  private TestDatabase(EmbeddedPostgresServer server) {
    this.server = server;
  }

  public static TestDatabase get() {
    if (instance == null) {
      synchronized (TestDatabase.class) {
        if (instance == null) {
          Path directory = freshDirectory();
          instance = new TestDatabase(EmbeddedPostgresServer.start(directory, 0));
          Runtime.getRuntime()
              .addShutdownHook(
                  new Thread(
                      () -> {
                        awaitContextShutdownHooks();
                        instance.server.close();
                        deleteRecursively(directory);
                      },
                      "test-database-shutdown"));
        }
      }
    }
    return instance;
  }

  /**
   * Spring closes the test contexts in shutdown hooks of its own, which the JVM runs beside this
   * one: the database stops after them, or a closing context (the event registry logs unfinished
   * publications) would wait for a connection to a stopped server until surefire kills the JVM.
   * Spring Boot's own list of shutdown handlers is no place for this: tests never enable its hook,
   * so the server outlived every test run.
   */
  private static void awaitContextShutdownHooks() {
    sleep(HOOKS_STARTING);
    Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> SPRING_SHUTDOWN_HOOKS.contains(thread.getName()))
        .forEach(TestDatabase::join);
  }

  private static void join(Thread hook) {
    try {
      hook.join(CONTEXTS_CLOSING.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The shared database with every migration applied. */
  public static TestDatabase migrated() {
    TestDatabase database = get();
    if (!database.migrated) {
      synchronized (TestDatabase.class) {
        if (!database.migrated) {
          Migrations.update(database.owner());
          database.migrated = true;
        }
      }
    }
    return database;
  }

  public DatabaseEndpoint endpoint() {
    return server.endpoint();
  }

  public EmbeddedPostgresServer server() {
    return server;
  }

  /** The owner role: what migrations run as. */
  public DataSource owner() {
    return connectAs(server.endpoint().ownerUser());
  }

  /** The least-privilege application role, subject to row-level security. */
  public DataSource app() {
    return connectAs(server.endpoint().appUser());
  }

  /** The read-only analytics role. */
  public DataSource readonly() {
    return connectAs("segmint_readonly");
  }

  /** A superuser, for what no role of the application may do (plans without RLS, new databases). */
  public DataSource superuser() {
    return server.superuser("segmint");
  }

  private DataSource connectAs(String user) {
    return new SimpleDriverDataSource(
        new org.postgresql.Driver(), server.endpoint().url(), user, "");
  }

  private static void deleteRecursively(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path freshDirectory() {
    try {
      Files.createDirectories(Path.of("target"));
      return Files.createTempDirectory(Path.of("target"), "test-postgres-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
