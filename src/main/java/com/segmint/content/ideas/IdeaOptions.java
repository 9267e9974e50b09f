package com.segmint.content.ideas;

/** What the creator asks of generated ideas: all optional but the count. */
public record IdeaOptions(String topic, String tone, String platform, int count) {}
