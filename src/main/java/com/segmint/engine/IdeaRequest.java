package com.segmint.engine;

/** Ideas asked for a content; topic, tone and platform are optional (null). */
public record IdeaRequest(
    ContentAtHand content,
    CreatorProfile profile,
    String topic,
    String tone,
    String platform,
    int count) {}
