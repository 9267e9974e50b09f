package com.segmint.engine;

/** The content ideas are asked for. */
public record ContentAtHand(String title, String body) {}
