package com.segmint.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Keyset-pagination cursors: the sort key of the last item seen (a time and an id), opaque to
 * clients. A page at depth 10,000 costs what page 1 costs.
 */
public final class Cursors {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private Cursors() {}

  /** Where a page starts: after the item at ({@code at}, {@code id}). */
  public record Position(Instant at, long id) {}

  public static String encode(Instant at, long id) {
    long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    String raw = micros + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws InvalidRequest naming {@code cursor} when it is not one this service issued
   */
  public static Position decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      long micros = Long.parseLong(raw.substring(0, colon));
      Instant at = Instant.ofEpochSecond(micros / 1_000_000, micros % 1_000_000 * 1000);
      return new Position(at, Long.parseLong(raw.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw new InvalidRequest("cursor", "cursor is not a cursor this service issued");
    }
  }

  /**
   * @throws InvalidRequest naming {@code limit} when it is outside 1..{@value #MAX_LIMIT}
   */
  public static int limit(Integer requested) {
    if (requested == null) {
      return DEFAULT_LIMIT;
    }
    if (requested < 1 || requested > MAX_LIMIT) {
      throw new InvalidRequest("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    return requested;
  }
}
