package com.segmint.publishing.adapters;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * X API v2: where it is, where its posts are seen, how long to wait for it; a video goes up in
 * segments of {@code chunkSize} (X takes at most 5 MB each), and X's processing of it is checked at
 * most {@code maxStatusPolls} times, each after the wait X asks for.
 */
@ConfigurationProperties("segmint.platforms.x")
record XProperties(
    @DefaultValue("https://api.x.com") URI baseUrl,
    @DefaultValue("https://x.com") URI webUrl,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue("4MB") DataSize chunkSize,
    @DefaultValue("20") int maxStatusPolls) {}
