package com.segmint.engine.relevance;

import java.util.List;

/** Cosine similarity of unit-length vectors: their dot product. */
public final class Cosine {

  private Cosine() {}

  public static double between(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /** The highest similarity to any of {@code others}, 0 when there are none. */
  static double closest(float[] vector, List<float[]> others) {
    double best = 0;
    for (float[] other : others) {
      best = Math.max(best, between(vector, other));
    }
    return best;
  }

  /**
   * The mean of the {@code k} highest similarities to {@code others} (fewer if there are fewer).
   */
  static double meanOfClosest(float[] vector, List<float[]> others, int k) {
    double[] top = others.stream().mapToDouble(other -> -between(vector, other)).sorted().toArray();
    int n = Math.min(k, top.length);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum -= top[i];
    }
    return n == 0 ? 0 : sum / n;
  }
}
