package com.segmint.publishing.posts;

import java.time.Instant;

/**
 * One content on one connected profile at one time, and what became of it. Times are UTC instants;
 * the publisher's lease and idempotency key stay inside.
 */
public record PlatformPost(
    int id,
    int contentId,
    int platformId,
    Integer socialProfileId,
    Instant scheduledTime,
    String status,
    String text,
    int attempts,
    Instant nextAttemptAt,
    String remoteId,
    String remoteUrl,
    String errorKind,
    String errorMessage,
    Instant postedAt,
    Instant createdAt,
    Instant updatedAt) {}
