package com.segmint.publishing.media;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** An uploaded file as its owner sees it; {@code url} is where platforms fetch it. */
public record StoredMedia(
    UUID id,
    String kind,
    String mimeType,
    long sizeBytes,
    String sha256,
    URI url,
    Instant createdAt) {}
