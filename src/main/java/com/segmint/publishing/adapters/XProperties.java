package com.segmint.publishing.adapters;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** X API v2: where it is, where its posts are seen, and how long to wait for it. */
@ConfigurationProperties("segmint.platforms.x")
record XProperties(
    @DefaultValue("https://api.x.com") URI baseUrl,
    @DefaultValue("https://x.com") URI webUrl,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout) {}
