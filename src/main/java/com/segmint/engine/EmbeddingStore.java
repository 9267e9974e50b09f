package com.segmint.engine;

import java.util.List;

/** Sentence embeddings computed ahead of their use, so an idea request finds them stored. */
public interface EmbeddingStore {

  /** Computes and stores the embeddings of those texts that have none yet; the number computed. */
  int storeMissing(List<String> texts);
}
