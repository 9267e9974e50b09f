package com.segmint.users.oauth;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * OAuth connect: each platform's client, the public base URL the platforms redirect browsers back
 * to, how long a started connect stays redeemable, and the timeout of every call to a platform.
 */
@ConfigurationProperties("segmint.oauth")
record OAuthProperties(
    @DefaultValue("http://localhost:8080") URI redirectBaseUrl,
    @DefaultValue("10m") Duration authorizationTtl,
    @DefaultValue("10s") Duration timeout,
    PlatformClient linkedin,
    PlatformClient x,
    PlatformClient instagram,
    PlatformClient youtube) {}
