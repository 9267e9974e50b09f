package com.segmint.publishing.posts;

import com.segmint.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One content on one connected profile at one time, and what became of it. Times are UTC instants;
 * the publisher's lease and idempotency key stay inside. {@code threadParts} is null unless the
 * post is an X thread; {@code mediaIds} are the attached media in order; {@code version} is what
 * its ETag carries.
 */
public record PlatformPost(
    int id,
    int contentId,
    int platformId,
    Integer socialProfileId,
    Instant scheduledTime,
    String status,
    String text,
    List<String> threadParts,
    List<UUID> mediaIds,
    int attempts,
    Instant nextAttemptAt,
    String remoteId,
    String remoteUrl,
    String errorKind,
    String errorMessage,
    Instant postedAt,
    Instant createdAt,
    Instant updatedAt,
    int version)
    implements Versioned {}
