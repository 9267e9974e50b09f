package com.segmint.engine.generation;

import java.util.List;

/**
 * Writes candidate ideas for a brief. Ranking is not its job: every candidate is scored afterwards
 * by the same relevance scorer, whichever generator wrote it.
 */
public interface IdeaGenerator {

  /** What the response and {@code idea_suggestion.source} call this generator. */
  IdeaSource source();

  /** False for a generator that is not configured in this installation (the language model). */
  default boolean available() {
    return true;
  }

  /**
   * Candidates for the brief, possibly more than {@code brief.count()} so that ranking has a
   * choice.
   *
   * @throws IdeaGenerationFailed when the generator cannot answer (a model down, output that could
   *     not be repaired); the caller then falls back to the built-in generator
   */
  List<GeneratedIdea> generate(IdeaBrief brief);
}
