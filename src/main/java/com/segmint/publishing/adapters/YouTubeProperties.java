package com.segmint.publishing.adapters;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * YouTube Data API v3: where it is, the new videos' category and privacy, how often an interrupted
 * upload is resumed, and the timeouts: {@code readTimeout} for metadata calls, {@code
 * uploadTimeout} for sending a whole video.
 */
@ConfigurationProperties("segmint.platforms.youtube")
record YouTubeProperties(
    @DefaultValue("https://www.googleapis.com") URI baseUrl,
    @DefaultValue("https://www.youtube.com") URI webUrl,
    @DefaultValue("22") String categoryId,
    @DefaultValue("public") String privacyStatus,
    @DefaultValue("3") int resumeAttempts,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue("30m") Duration uploadTimeout) {}
