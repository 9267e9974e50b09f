package com.segmint.publishing.adapters;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * LinkedIn's versioned REST API: where it is, the {@code LinkedIn-Version} (YYYYMM; LinkedIn keeps
 * each version for about a year), and how long to wait for it; an uploaded video's processing is
 * checked every {@code videoPollInterval}, at most {@code maxVideoPolls} times.
 */
@ConfigurationProperties("segmint.platforms.linkedin")
record LinkedInProperties(
    @DefaultValue("https://api.linkedin.com") URI baseUrl,
    @DefaultValue("202510") String version,
    @DefaultValue("https://www.linkedin.com") URI webUrl,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue("5s") Duration videoPollInterval,
    @DefaultValue("36") int maxVideoPolls) {}
