package com.segmint.engine;

import java.util.List;

/** Finds texts by meaning rather than by words. */
public interface SemanticSearch {

  /** The {@code limit} candidates closest in meaning to {@code text}, closest first. */
  List<Similarity> closest(String text, List<LabelledText> candidates, int limit);
}
