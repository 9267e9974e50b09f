package com.segmint.users.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login limits: at most {@code maxFailuresPerAccount} failed logins per account within {@code
 * accountWindow} and {@code maxFailuresPerAddress} per client address within {@code addressWindow};
 * and how long a refresh token lives.
 */
@ConfigurationProperties("segmint.login")
record LoginProperties(
    @DefaultValue("5") int maxFailuresPerAccount,
    @DefaultValue("15m") Duration accountWindow,
    @DefaultValue("20") int maxFailuresPerAddress,
    @DefaultValue("1m") Duration addressWindow,
    @DefaultValue("30d") Duration refreshTokenTtl) {}
