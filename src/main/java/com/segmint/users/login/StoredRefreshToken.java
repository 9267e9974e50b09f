package com.segmint.users.login;

import java.time.Instant;
import java.util.UUID;

/** A refresh token's row together with its user's current role and whether they still exist. */
record StoredRefreshToken(
    long id,
    int userId,
    UUID familyId,
    Instant expiresAt,
    boolean used,
    boolean revoked,
    String role,
    boolean userLive) {

  boolean isUsableAt(Instant now) {
    return !revoked && userLive && expiresAt.isAfter(now);
  }
}
