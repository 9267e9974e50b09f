package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.SocialPlatform;
import java.util.List;
import java.util.UUID;

/**
 * A claimed post with what its publisher needs; {@code media} is the post's media column (a JSON
 * array) and {@code socialProfileId} is null when the profile was erased.
 */
record DuePost(
    Claim claim,
    SocialPlatform platform,
    Integer socialProfileId,
    UUID idempotencyKey,
    String handle,
    String title,
    String text,
    List<String> threadParts,
    String media) {}
