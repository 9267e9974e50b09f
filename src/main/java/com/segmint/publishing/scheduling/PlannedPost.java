package com.segmint.publishing.scheduling;

import java.util.List;
import java.util.UUID;

/**
 * A post that passed its platform's rules, as {@code schedule_content_posts} takes it: the text to
 * publish, the media ids in order, and an X thread's numbered parts (null for a single post).
 */
record PlannedPost(
    int socialProfileId, String text, List<UUID> mediaIds, List<String> threadParts) {}
