package com.segmint.publishing.adapters;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Instagram's Graph API (Instagram Login): where it is, its version, and how to wait for a media
 * container: the first poll after {@code pollInterval}, each next one twice as late up to {@code
 * maxPollInterval}, at most {@code maxPolls}; {@code quotaRetryAfter} is when to try again once the
 * 24-hour rolling publishing quota is used up.
 */
@ConfigurationProperties("segmint.platforms.instagram")
record InstagramProperties(
    @DefaultValue("https://graph.instagram.com") URI baseUrl,
    @DefaultValue("v23.0") String version,
    @DefaultValue("2s") Duration pollInterval,
    @DefaultValue("30s") Duration maxPollInterval,
    @DefaultValue("12") int maxPolls,
    @DefaultValue("1h") Duration quotaRetryAfter,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout) {}
