package com.segmint.publishing.scheduling;

import com.segmint.common.schema.enums.PostStatus;
import com.segmint.common.schema.enums.SocialPlatform;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A post locked for a change: what the platform's rules need to check a new text (its platform,
 * profile, media and whether it is a thread), and what a change may keep.
 */
record PostToChange(
    int id,
    int contentId,
    SocialPlatform platform,
    Integer socialProfileId,
    OffsetDateTime scheduledTime,
    PostStatus status,
    String text,
    boolean thread,
    List<UUID> mediaIds,
    Map<UUID, String> mediaKinds,
    int version) {}
