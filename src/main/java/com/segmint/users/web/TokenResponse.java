package com.segmint.users.web;

import com.segmint.users.login.IssuedTokens;
import java.time.Duration;
import java.time.Instant;

/** An OAuth-style token answer; {@code expiresIn} is the access token's lifetime in seconds. */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

  static TokenResponse of(IssuedTokens tokens) {
    long expiresIn =
        Math.max(0, Duration.between(Instant.now(), tokens.accessTokenExpiresAt()).toSeconds());
    return new TokenResponse(tokens.accessToken(), "Bearer", expiresIn, tokens.refreshToken());
  }

  @Override
  public String toString() {
    return "TokenResponse[expiresIn=%d]".formatted(expiresIn);
  }
}
