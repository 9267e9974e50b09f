package com.segmint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A throw-away cluster of Debian's PostgreSQL 15 ({@code apt-get install postgresql-15}, done by
 * {@code .ci/run}), the second target of the schema. As root it runs the server as the {@code
 * postgres} user, since PostgreSQL refuses to run as root.
 */
public final class DebianPostgres15 implements AutoCloseable {

  public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

  private final Path directory;
  private final int port;

  private DebianPostgres15(Path directory, int port) {
    this.directory = directory;
    this.port = port;
  }

  public static DebianPostgres15 start() throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory("segmint-pg15-");
    Path data = directory.resolve("data");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    if (isRoot()) {
      run("chown", "postgres:postgres", directory.toString());
    }
    runAsPostgres(
        BIN.resolve("initdb").toString(),
        "-D",
        data.toString(),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C");
    runAsPostgres(
        BIN.resolve("pg_ctl").toString(),
        "-D",
        data.toString(),
        "-l",
        directory.resolve("server.log").toString(),
        "-o",
        "-p " + port + " -k " + directory + " -c listen_addresses=localhost",
        "-w",
        "start");
    return new DebianPostgres15(directory, port);
  }

  public DataSource superuser(String database) {
    return connect("postgres", database);
  }

  public DataSource connect(String user, String database) {
    return new SimpleDriverDataSource(
        new org.postgresql.Driver(),
        "jdbc:postgresql://localhost:%d/%s".formatted(port, database),
        user,
        "");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    runAsPostgres(
        BIN.resolve("pg_ctl").toString(),
        "-D",
        directory.resolve("data").toString(),
        "-m",
        "fast",
        "-w",
        "stop");
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void runAsPostgres(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (isRoot()) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    run(line.toArray(String[]::new));
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new UncheckedIOException(
          new IOException(String.join(" ", command) + " failed:\n" + output));
    }
  }
}
