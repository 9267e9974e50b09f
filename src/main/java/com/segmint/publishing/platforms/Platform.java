package com.segmint.publishing.platforms;

import java.io.Serializable;
import java.time.Instant;

/** A social platform of the catalog. Serializable because the catalog is cached, in Redis too. */
public record Platform(
    int id,
    String name,
    String code,
    String apiEndpoint,
    Instant createdAt,
    Instant updatedAt,
    int version)
    implements Serializable {}
