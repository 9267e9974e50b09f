package com.segmint.engine;

import java.util.List;

/**
 * Generated ideas, best first, the generator that wrote them and, when the language model failed
 * and the built-in generator stood in, a note saying so (null otherwise).
 */
public record IdeaBatch(List<ScoredIdea> ideas, String generator, String note) {

  public IdeaBatch {
    ideas = List.copyOf(ideas);
  }
}
