package com.segmint.content;

/**
 * A content was written or its text changed (created, edited, extended by an idea, restored):
 * published with the change, delivered after it commits.
 */
public record ContentTextChanged(int contentId) {}
