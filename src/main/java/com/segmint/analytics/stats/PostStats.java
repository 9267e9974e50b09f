package com.segmint.analytics.stats;

import java.time.Instant;

/**
 * A user's posts on one platform in one UTC month, by status, as of the last refresh; {@code
 * userId} 0 counts the posts of erased authors.
 */
public record PostStats(
    int userId,
    int platformId,
    Instant month,
    long totalPosts,
    long posted,
    long scheduled,
    long failed,
    long unknown,
    Instant lastPostedAt) {}
