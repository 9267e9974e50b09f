package com.segmint.engine;

/**
 * A content to adapt: its text and tone, the platform asked for (LinkedIn, Twitter or X, Instagram,
 * YouTube; any case) and an optional tone that overrides the content's (a catalogue name or free
 * text).
 */
public record DraftRequest(
    String title, String body, String contentTone, String platform, String tone) {}
