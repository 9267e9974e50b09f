package com.segmint.users;

/**
 * A stored token that no key of the keyset decrypts under its row and column: it was written with a
 * key that is gone, or copied from elsewhere. The profile has to be reconnected.
 */
public class UnreadableTokenException extends RuntimeException {

  private final int profileId;
  private final String column;

  public UnreadableTokenException(int profileId, String column, Throwable cause) {
    super(
        "The %s of social profile %d cannot be decrypted with any key of the keyset"
            .formatted(column, profileId),
        cause);
    this.profileId = profileId;
    this.column = column;
  }

  public int profileId() {
    return profileId;
  }

  public String column() {
    return column;
  }
}
