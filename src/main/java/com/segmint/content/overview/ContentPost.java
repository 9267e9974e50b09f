package com.segmint.content.overview;

import java.time.OffsetDateTime;

/** A post of a content on a platform and how far its publishing went. */
public record ContentPost(
    int id, String platform, String status, OffsetDateTime scheduledTime, String remoteUrl) {}
