package com.segmint.common;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The actor of the current thread. A transaction started inside {@link #callAs} sets {@code
 * app.user_id} and {@code app.role} for its whole duration; outside it a transaction acts for
 * nobody and row-level security shows it nothing.
 */
public final class DatabaseActors {

  private static final ThreadLocal<DatabaseActor> CURRENT = new ThreadLocal<>();

  private DatabaseActors() {}

  public static Optional<DatabaseActor> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  public static <T> T callAs(DatabaseActor actor, Supplier<T> work) {
    DatabaseActor previous = CURRENT.get();
    CURRENT.set(actor);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  public static void runAs(DatabaseActor actor, Runnable work) {
    callAs(
        actor,
        () -> {
          work.run();
          return null;
        });
  }
}
