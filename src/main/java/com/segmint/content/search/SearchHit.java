package com.segmint.content.search;

import java.time.OffsetDateTime;

/**
 * A content matching a search: its rank ({@code ts_rank}, higher is better) and up to two fragments
 * of its body with the matched words between {@code <mark>} and {@code </mark>}.
 */
public record SearchHit(
    int id, String title, String snippet, double rank, OffsetDateTime createdAt) {}
