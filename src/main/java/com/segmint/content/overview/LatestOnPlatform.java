package com.segmint.content.overview;

import java.time.OffsetDateTime;

/** The caller's newest content that was scheduled to a platform. */
public record LatestOnPlatform(
    String platform, int contentId, String title, OffsetDateTime createdAt) {}
