package com.segmint.content.ideas;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A suggestion for a content: its relevance to the creator (0..1, null when unscored), who wrote it
 * ({@code llm}, {@code builtin}, {@code creator}) and its decision ({@code new}, {@code accepted},
 * {@code dismissed}).
 */
public record IdeaSuggestionDetails(
    int id,
    int contentId,
    String suggestion,
    BigDecimal relevanceScore,
    String source,
    String status,
    OffsetDateTime createdAt,
    OffsetDateTime decidedAt) {}
