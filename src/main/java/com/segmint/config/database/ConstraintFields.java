package com.segmint.config.database;

import org.postgresql.util.ServerErrorMessage;

/**
 * Finds the field an error is about: PostgreSQL names the column for not-null errors and for our
 * functions' {@code RAISE ... USING COLUMN}; otherwise the field is read from the constraint's
 * conventional name, {@code <table>_<column>_check|key|fkey}.
 */
final class ConstraintFields {

  private static final String[] SUFFIXES = {"_check", "_fkey", "_key", "_idx"};

  private ConstraintFields() {}

  static String fieldOf(ServerErrorMessage error) {
    if (error.getColumn() != null) {
      return error.getColumn();
    }
    String constraint = error.getConstraint();
    if (constraint == null) {
      return null;
    }
    String name = constraint;
    String table = error.getTable();
    if (table != null && name.startsWith(table + "_")) {
      name = name.substring(table.length() + 1);
    }
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
