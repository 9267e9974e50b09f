package com.segmint.engine.generation;

/** One candidate idea, as its generator wrote it. */
public record GeneratedIdea(String text, IdeaSource source) {}
