package com.segmint.publishing;

/**
 * One platform rule a post breaks: {@code field} is {@code title}, {@code text} or {@code media};
 * {@code rule} is a stable slug (e.g. {@code x-weighted-length}); {@code message} says what the
 * rule allows and what the post has.
 */
public record TextViolation(String field, String rule, String message) {}
