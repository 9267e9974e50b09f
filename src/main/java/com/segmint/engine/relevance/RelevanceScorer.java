package com.segmint.engine.relevance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * One measure of relevance for every idea, whoever wrote it. It reads absolute cosine similarities
 * of all-MiniLM-L6-v2, whose ranges are the same for everyone: unrelated sentences sit below about
 * 0.10, sentences on one topic around 0.3 to 0.6, rewordings of one sentence above 0.75. Each
 * similarity is mapped linearly from those fixed ranges to [0, 1], never from one user's own
 * minimum and maximum, so a 0.8 means as much for one creator as for another.
 *
 * <p>relevance = (fit to the content + fit to the profile) / 2, times a dismissal factor (down to
 * 0.2 for an idea that rewords a dismissed one) and a novelty factor (0 for a near-duplicate of a
 * published post).
 */
@Component
public class RelevanceScorer {

  static final double UNRELATED = 0.10;
  static final double ON_TOPIC = 0.60;
  static final double DISMISSED_FROM = 0.35;
  static final double DISMISSED_TO = 0.85;
  static final double DISMISSAL_WEIGHT = 0.8;
  static final double REPEATS_FROM = 0.75;
  static final double NEAR_DUPLICATE = 0.92;
  static final int NEIGHBOURS = 3;

  public Relevance score(CreatorVectors creator, float[] idea) {
    double content = Cosine.between(idea, creator.content());
    double profile =
        creator.positives().isEmpty()
            ? content
            : Cosine.meanOfClosest(idea, creator.positives(), NEIGHBOURS);
    double fit = (ramp(content, UNRELATED, ON_TOPIC) + ramp(profile, UNRELATED, ON_TOPIC)) / 2;
    double dismissed = Cosine.closest(idea, creator.dismissed());
    double kept = 1 - DISMISSAL_WEIGHT * ramp(dismissed, DISMISSED_FROM, DISMISSED_TO);
    double published = Cosine.closest(idea, creator.published());
    double novel = 1 - ramp(published, REPEATS_FROM, NEAR_DUPLICATE);
    BigDecimal score = BigDecimal.valueOf(fit * kept * novel).setScale(2, RoundingMode.HALF_UP);
    return new Relevance(score, published >= NEAR_DUPLICATE);
  }

  /** 0 at or below {@code from}, 1 at or above {@code to}, linear between. */
  static double ramp(double value, double from, double to) {
    return Math.max(0, Math.min(1, (value - from) / (to - from)));
  }
}
