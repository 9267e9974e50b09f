package com.segmint.users;

import com.segmint.common.schema.enums.SocialPlatform;
import java.time.OffsetDateTime;

/** A connected account as its owner sees it: everything but the tokens. */
public record SocialProfileSummary(
    int id,
    SocialPlatform platform,
    String handle,
    OffsetDateTime expiresAt,
    boolean hasRefreshToken,
    boolean needsReconnect,
    OffsetDateTime createdAt) {}
