package com.segmint.users;

/**
 * A profile's tokens could not be made fresh. {@code reconnectRequired}: the grant is gone
 * (revoked, or expired without a refresh token) and only its owner can reconnect it; otherwise the
 * token endpoint failed for now and a later attempt may succeed.
 */
public class TokenRefreshFailure extends RuntimeException {

  private final int profileId;
  private final boolean reconnectRequired;

  public TokenRefreshFailure(int profileId, boolean reconnectRequired) {
    super(
        reconnectRequired
            ? "social profile %d must be reconnected by its owner".formatted(profileId)
            : "the token endpoint for social profile %d is unavailable".formatted(profileId));
    this.profileId = profileId;
    this.reconnectRequired = reconnectRequired;
  }

  public int profileId() {
    return profileId;
  }

  public boolean reconnectRequired() {
    return reconnectRequired;
  }
}
