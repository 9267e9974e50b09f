package com.segmint.users;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.segmint.common.Versioned;
import com.segmint.common.schema.enums.SocialPlatform;
import java.time.OffsetDateTime;

/**
 * A connected account as its owner sees it: everything but the tokens. {@code version} travels as
 * the ETag, not in the body.
 */
public record SocialProfileSummary(
    int id,
    SocialPlatform platform,
    String handle,
    OffsetDateTime expiresAt,
    boolean hasRefreshToken,
    boolean needsReconnect,
    OffsetDateTime createdAt,
    @JsonIgnore int version)
    implements Versioned {}
