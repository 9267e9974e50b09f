package com.segmint.engine.generation;

/** Who wrote an idea; stored as {@code idea_suggestion.source}. */
public enum IdeaSource {
  llm,
  builtin,
  creator
}
