package com.segmint.common;

/**
 * A write the database refused because of a rule of the schema (check, enum, foreign key,
 * uniqueness), translated from its SQLSTATE so that callers can answer with a 4xx, not a 500.
 */
public class DataIntegrityViolation extends RuntimeException {

  /** What kind of rule was broken; each maps to one HTTP status. */
  public enum Kind {
    /** A value breaks a check, an enum, a length or a not-null rule. */
    INVALID_VALUE,
    /** A referenced row does not exist (or is not visible). */
    MISSING_REFERENCE,
    /** A unique rule would be broken. */
    CONFLICT,
    /** The row the operation needs is not there (or not visible). */
    NOT_FOUND,
    /** The actor sees the row but may not do this to it (e.g. approve their own content). */
    FORBIDDEN,
    /** Content is scheduled while a workflow on it is not approved. */
    CONTENT_NOT_APPROVED,
    /** The change would leave the installation without a live admin. */
    LAST_ADMIN
  }

  private final Kind kind;
  private final String constraint;
  private final String field;

  public DataIntegrityViolation(
      Kind kind, String constraint, String field, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.constraint = constraint;
    this.field = field;
  }

  public Kind kind() {
    return kind;
  }

  /** The name of the database constraint, or null when the rule has none. */
  public String constraint() {
    return constraint;
  }

  /** The offending field (column) when the database names it, or null. */
  public String field() {
    return field;
  }
}
