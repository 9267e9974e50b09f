package com.segmint.content.overview;

import java.time.OffsetDateTime;

/** One of the caller's recent contents, without its body. */
public record RecentContent(int id, String title, String tone, OffsetDateTime createdAt) {}
