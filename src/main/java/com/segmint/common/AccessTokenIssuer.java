package com.segmint.common;

import java.time.Instant;

/** Issues the short-lived bearer tokens that authenticate API requests. */
public interface AccessTokenIssuer {

  IssuedAccessToken issue(int userId, String role);

  /** A signed access token and the instant it stops being accepted. */
  record IssuedAccessToken(String token, Instant expiresAt) {}
}
