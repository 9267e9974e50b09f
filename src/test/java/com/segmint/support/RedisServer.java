package com.segmint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real Redis ({@code apt-get install redis-server}, done by {@code .ci/run}) on a free port,
 * without persistence, that a test can stop to see the service do without it.
 */
public final class RedisServer implements AutoCloseable {

  public static final Path BINARY = Path.of("/usr/bin/redis-server");

  private final Process process;
  private final int port;

  private RedisServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static RedisServer start() throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process process =
        new ProcessBuilder(
                BINARY.toString(),
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    RedisServer server = new RedisServer(process, port);
    server.awaitListening(Duration.ofSeconds(10));
    return server;
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  private void awaitListening(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new UncheckedIOException(new IOException("redis-server did not listen on " + port));
  }
}
