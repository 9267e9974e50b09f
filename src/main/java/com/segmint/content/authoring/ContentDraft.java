package com.segmint.content.authoring;

/** What an author writes: the whole of a content's text. */
public record ContentDraft(String title, String body, String tone) {}
