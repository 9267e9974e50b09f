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
    try (Scope scope = bind(actor)) {
      return work.get();
    }
  }

  /**
   * Binds {@code actor} to this thread until the returned scope is closed: for callers, like a
   * servlet filter, whose work cannot be passed as a lambda.
   */
  public static Scope bind(DatabaseActor actor) {
    DatabaseActor previous = CURRENT.get();
    CURRENT.set(actor);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /** A binding of an actor to a thread; closing it restores what was bound before. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
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
