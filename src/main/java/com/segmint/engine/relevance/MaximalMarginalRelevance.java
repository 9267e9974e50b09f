package com.segmint.engine.relevance;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks a relevant and varied few: each next pick maximizes {@code lambda * relevance - (1 -
 * lambda) * similarity to the closest pick so far}, so ten picks are not ten rewordings.
 */
public final class MaximalMarginalRelevance {

  public static final double LAMBDA = 0.7;

  private MaximalMarginalRelevance() {}

  /** Indexes of the picks, in the order picked. */
  public static List<Integer> pick(List<float[]> vectors, List<Double> relevance, int count) {
    List<Integer> picked = new ArrayList<>();
    List<float[]> pickedVectors = new ArrayList<>();
    boolean[] taken = new boolean[vectors.size()];
    while (picked.size() < Math.min(count, vectors.size())) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < vectors.size(); i++) {
        double value =
            LAMBDA * relevance.get(i)
                - (1 - LAMBDA) * Cosine.closest(vectors.get(i), pickedVectors);
        if (!taken[i] && value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      taken[best] = true;
      picked.add(best);
      pickedVectors.add(vectors.get(best));
    }
    return picked;
  }
}
