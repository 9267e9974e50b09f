package com.segmint.notifications.feed;

import java.time.Instant;

/** Something that happened to my work; {@code readAt} is null until I mark it read. */
public record Notification(
    long id, String kind, String message, String link, Instant createdAt, Instant readAt) {}
