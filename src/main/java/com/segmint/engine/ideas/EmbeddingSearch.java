package com.segmint.engine.ideas;

import com.segmint.engine.LabelledText;
import com.segmint.engine.SemanticSearch;
import com.segmint.engine.Similarity;
import com.segmint.engine.embedding.TextEmbeddings;
import com.segmint.engine.relevance.Cosine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** "More like this": the candidates whose embeddings are closest to the text's. */
@Service
class EmbeddingSearch implements SemanticSearch {

  private final TextEmbeddings embeddings;

  EmbeddingSearch(TextEmbeddings embeddings) {
    this.embeddings = embeddings;
  }

  @Override
  public List<Similarity> closest(String text, List<LabelledText> candidates, int limit) {
    List<String> texts = new ArrayList<>(candidates.size() + 1);
    texts.add(text);
    candidates.forEach(candidate -> texts.add(candidate.text()));
    List<float[]> vectors = embeddings.of(texts);
    List<Similarity> ranked = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      double cosine = Math.max(0, Math.min(1, Cosine.between(vectors.get(0), vectors.get(i + 1))));
      BigDecimal rounded = BigDecimal.valueOf(cosine).setScale(2, RoundingMode.HALF_UP);
      ranked.add(new Similarity(candidates.get(i).id(), rounded));
    }
    ranked.sort(Comparator.comparing(Similarity::similarity).reversed());
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }
}
