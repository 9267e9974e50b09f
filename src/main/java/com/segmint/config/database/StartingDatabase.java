package com.segmint.config.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;

/**
 * An embedded PostgreSQL starting on a thread of its own. Whoever {@linkplain #await() takes} it
 * owns it and closes it; one that nobody took (the context failed first) is closed with the
 * context.
 */
final class StartingDatabase implements DisposableBean {

  static final String BEAN = "startingDatabase";

  private final CompletableFuture<EmbeddedPostgresServer> server;
  private volatile boolean taken;

  private StartingDatabase(CompletableFuture<EmbeddedPostgresServer> server) {
    this.server = server;
  }

  static StartingDatabase begin(Path dataDirectory, int port) {
    CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
    Thread starter =
        new Thread(
            () -> {
              try {
                server.complete(EmbeddedPostgresServer.start(dataDirectory, port));
              } catch (Throwable e) {
                server.completeExceptionally(e);
              }
            },
            "embedded-postgres-start");
    starter.setDaemon(true);
    starter.start();
    return new StartingDatabase(server);
  }

  /** Waits for the start; the caller owns the server from now on. */
  EmbeddedPostgresServer await() {
    taken = true;
    try {
      return server.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public void destroy() {
    if (!taken) {
      server.thenAccept(EmbeddedPostgresServer::close).exceptionally(failed -> null).join();
    }
  }
}
