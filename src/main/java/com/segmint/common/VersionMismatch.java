package com.segmint.common;

/**
 * Optimistic locking failed: the update named no version ({@link #required()}, 428) or a stale one
 * (412).
 */
public class VersionMismatch extends RuntimeException {

  private final boolean required;

  private VersionMismatch(boolean required, String message) {
    super(message);
    this.required = required;
  }

  public static VersionMismatch missing() {
    return new VersionMismatch(true, "This update needs an If-Match header with the current ETag");
  }

  public static VersionMismatch stale() {
    return new VersionMismatch(
        false, "The resource changed since it was read; fetch it again and retry");
  }

  public boolean required() {
    return required;
  }
}
