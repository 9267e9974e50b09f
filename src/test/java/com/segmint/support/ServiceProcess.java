package com.segmint.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service as a user starts it: its own JVM, embedded PostgreSQL, no database configured. For
 * the tests that stop it the hard way, and for the packaged jar.
 */
public final class ServiceProcess {

  private final Process process;
  private final int httpPort;

  private ServiceProcess(Process process, int httpPort) {
    this.process = process;
    this.httpPort = httpPort;
  }

  public static ServiceProcess start(
      Path dataDirectory, int databasePort, Path log, String... arguments) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return launch(
        List.of("-Xmx512m", "-cp", classpath, "com.segmint.SegmintApplication"),
        Map.of(),
        dataDirectory,
        databasePort,
        log,
        arguments);
  }

  /** The packaged jar, as {@code java <jvmOptions> -jar <jar>} runs it, with this environment. */
  public static ServiceProcess startJar(
      Path jar,
      List<String> jvmOptions,
      Map<String, String> environment,
      Path dataDirectory,
      int databasePort,
      Path log)
      throws IOException {
    List<String> launch = new ArrayList<>(jvmOptions);
    launch.addAll(List.of("-jar", jar.toString()));
    return launch(launch, environment, dataDirectory, databasePort, log);
  }

  private static ServiceProcess launch(
      List<String> launch,
      Map<String, String> environment,
      Path dataDirectory,
      int databasePort,
      Path log,
      String... arguments)
      throws IOException {
    int httpPort = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launch);
    command.add("--server.port=" + httpPort);
    command.add("--segmint.database.embedded.data-directory=" + dataDirectory);
    command.add("--segmint.database.embedded.port=" + databasePort);
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> inherited = builder.environment();
    inherited.keySet().removeIf(name -> name.startsWith("SEGMINT_"));
    inherited.putAll(environment);
    return new ServiceProcess(builder.start(), httpPort);
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + httpPort + path);
  }

  /** Waits until {@code /actuator/health} answers UP; returns how long that took. */
  public Duration awaitHealthy(Duration timeout) throws InterruptedException {
    long started = System.nanoTime();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health =
        HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() - started < timeout.toNanos()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited with " + process.exitValue());
      }
      try {
        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return Duration.ofNanos(System.nanoTime() - started);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the service was not healthy within " + timeout);
  }

  /** Waits for a run that ends by itself (a command); returns its exit code. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the service did not exit within " + timeout);
    }
    return process.exitValue();
  }

  /** {@code kill -9}: no shutdown hook, no clean stop of anything. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** {@code kill} (SIGTERM): what a process manager does to stop the service. */
  public int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the service did not stop within " + timeout);
    }
    return process.exitValue();
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
