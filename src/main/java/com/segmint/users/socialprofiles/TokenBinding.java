package com.segmint.users.socialprofiles;

import java.nio.charset.StandardCharsets;

/**
 * The row and column a token's ciphertext belongs to. It is the AEAD's associated data, so a
 * ciphertext copied to another profile, or from one token column to the other, does not decrypt.
 */
record TokenBinding(int profileId, Column column) {

  static TokenBinding accessToken(int profileId) {
    return new TokenBinding(profileId, Column.ACCESS_TOKEN);
  }

  static TokenBinding refreshToken(int profileId) {
    return new TokenBinding(profileId, Column.REFRESH_TOKEN);
  }

  /**
   * {@code social_profile:<id>:<column>}. Every stored ciphertext depends on these bytes: they are
   * literals, not derived from the jOOQ classes, so a renamed column cannot change them.
   */
  byte[] associatedData() {
    return ("social_profile:" + profileId + ":" + column.columnName())
        .getBytes(StandardCharsets.UTF_8);
  }

  enum Column {
    ACCESS_TOKEN("access_token"),
    REFRESH_TOKEN("refresh_token");

    private final String columnName;

    Column(String columnName) {
      this.columnName = columnName;
    }

    String columnName() {
      return columnName;
    }
  }
}
