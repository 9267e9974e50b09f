package com.segmint.common;

import java.util.Objects;

/**
 * Who a database transaction acts for: row-level security reads it from {@code app.user_id} and
 * {@code app.role}.
 */
public record DatabaseActor(Integer userId, String role) {

  private static final DatabaseActor SYSTEM = new DatabaseActor(null, "system");

  public DatabaseActor {
    Objects.requireNonNull(role, "role");
  }

  /** Internal jobs (dispatcher, maintenance, login look-ups) that act for no single user. */
  public static DatabaseActor system() {
    return SYSTEM;
  }

  public static DatabaseActor user(int userId, String role) {
    return new DatabaseActor(userId, role);
  }
}
