package com.segmint.engine;

/** A text with the id of the row it came from. */
public record LabelledText(int id, String text) {}
