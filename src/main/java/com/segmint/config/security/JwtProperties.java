package com.segmint.config.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access tokens: HS256-signed JWTs, short-lived. {@code secret} is a Base64 key of at least 32
 * bytes; without one, embedded mode generates and keeps one in its data directory.
 */
@ConfigurationProperties("segmint.jwt")
record JwtProperties(
    String secret,
    @DefaultValue("segmint") String issuer,
    @DefaultValue("15m") Duration accessTokenTtl) {}
