package com.segmint.publishing;

import java.time.OffsetDateTime;

/** A platform post waiting for its time: one content, one connected profile. */
public record ScheduledPost(
    int id, int contentId, int platformId, int socialProfileId, OffsetDateTime scheduledTime) {}
