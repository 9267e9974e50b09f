package com.segmint.engine;

import java.util.List;

/** Personal idea suggestions: generated or the creator's own, all scored by one measure. */
public interface IdeaEngine {

  /** Generates {@code request.count()} ideas at most, diverse, best first. */
  IdeaBatch suggest(IdeaRequest request);

  /** Scores the creator's own ideas exactly as generated ones are, in the given order. */
  List<ScoredIdea> scoreOwn(ContentAtHand content, CreatorProfile profile, List<String> ideas);
}
