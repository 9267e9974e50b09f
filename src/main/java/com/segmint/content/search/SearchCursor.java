package com.segmint.content.search;

import com.segmint.common.InvalidRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where a page of search hits starts: after a ranked hit (its rank, as exact bits, so the next
 * page's comparison with the stored rank is exact) or after one of the older matches that follow
 * the ranked ones (its creation time, to the microsecond PostgreSQL keeps). Either way the id
 * breaks ties. Exactly one of {@code rank} and {@code createdAt} is set.
 */
record SearchCursor(Double rank, OffsetDateTime createdAt, int id) {

  static SearchCursor afterRanked(double rank, int id) {
    return new SearchCursor(rank, null, id);
  }

  static SearchCursor afterOlder(OffsetDateTime createdAt, int id) {
    return new SearchCursor(null, createdAt, id);
  }

  String encode() {
    String position =
        rank != null
            ? "r" + Long.toHexString(Double.doubleToRawLongBits(rank))
            : "t" + ChronoUnit.MICROS.between(Instant.EPOCH, createdAt.toInstant());
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((position + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws InvalidRequest naming {@code cursor} when it is not one this search issued
   */
  static SearchCursor decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      String position = raw.substring(1, colon);
      int id = Integer.parseInt(raw.substring(colon + 1));
      return switch (raw.charAt(0)) {
        case 'r' -> afterRanked(Double.longBitsToDouble(Long.parseUnsignedLong(position, 16)), id);
        case 't' -> afterOlder(fromMicros(Long.parseLong(position)), id);
        default -> throw new IllegalArgumentException(raw);
      };
    } catch (RuntimeException e) {
      throw new InvalidRequest("cursor", "cursor is not a cursor this search issued");
    }
  }

  /** A time between the years 1 and 9999, which PostgreSQL and Java both hold. */
  private static OffsetDateTime fromMicros(long micros) {
    OffsetDateTime time = Instant.EPOCH.plus(micros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    if (time.getYear() < 1 || time.getYear() > 9999) {
      throw new IllegalArgumentException("time out of range: " + micros);
    }
    return time;
  }
}
