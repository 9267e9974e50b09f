package com.segmint.users.login;

import java.time.Instant;

/** What a login or refresh hands out: the refresh token is shown this once and never stored. */
public record IssuedTokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken) {}
