package com.segmint.content.search;

import com.segmint.common.InvalidRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of search hits starts: after the hit of this rank and id. The rank travels as its
 * exact bits, so the next page's comparison with the stored rank is exact.
 */
record SearchCursor(double rank, int id) {

  String encode() {
    String raw = "r" + Long.toHexString(Double.doubleToRawLongBits(rank)) + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws InvalidRequest naming {@code cursor} when it is not one this search issued
   */
  static SearchCursor decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      if (!raw.startsWith("r") || colon < 0) {
        throw new IllegalArgumentException(raw);
      }
      double rank = Double.longBitsToDouble(Long.parseUnsignedLong(raw.substring(1, colon), 16));
      return new SearchCursor(rank, Integer.parseInt(raw.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw new InvalidRequest("cursor", "cursor is not a cursor this search issued");
    }
  }
}
