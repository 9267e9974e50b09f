package com.segmint.common;

import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;

/**
 * Entity tags carry a row's {@code version}: {@code "v3"}. A strong tag, compared exactly, as
 * {@code If-Match} requires.
 */
public final class ETags {

  private static final Pattern OUR_TAG = Pattern.compile("\"v(0|[1-9][0-9]*)\"");

  private ETags() {}

  public static String of(int version) {
    return "\"v" + version + "\"";
  }

  /** A 200 with {@code body}, tagged with its version. */
  public static <T extends Versioned> ResponseEntity<T> ok(T body) {
    return ResponseEntity.ok().eTag(of(body.version())).body(body);
  }

  /**
   * The version an {@code If-Match} header names.
   *
   * @throws VersionMismatch when the header is absent (428) or names no version of ours (412)
   */
  public static int versionOf(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw VersionMismatch.missing();
    }
    String tag = ifMatch.trim();
    // exactly the digits of(version) writes: Integer.parseInt alone takes "+1", "01", "\u0661"
    if (!OUR_TAG.matcher(tag).matches()) {
      throw VersionMismatch.stale();
    }
    try {
      return Integer.parseInt(tag.substring(2, tag.length() - 1));
    } catch (NumberFormatException e) {
      throw VersionMismatch.stale();
    }
  }
}
