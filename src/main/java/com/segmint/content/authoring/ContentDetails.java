package com.segmint.content.authoring;

import com.segmint.common.Versioned;
import java.time.OffsetDateTime;

/** A content as its readers see it; {@code version} is what its ETag carries. */
public record ContentDetails(
    int id,
    Integer authorId,
    String title,
    String body,
    String tone,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime deletedAt,
    int version)
    implements Versioned {}
