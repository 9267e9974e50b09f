package com.segmint.engine.drafts;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** Cutting text to a length at sentence boundaries, or at a word when one sentence is too long. */
final class Sentences {

  static final String ELLIPSIS = "…";

  private Sentences() {}

  /** The sentences of a text, each with its trailing blanks, so that they join back to it. */
  static List<String> of(String text) {
    BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ROOT);
    boundaries.setText(text);
    List<String> sentences = new ArrayList<>();
    int start = boundaries.first();
    for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
      sentences.add(text.substring(start, end));
      start = end;
    }
    return sentences;
  }

  /**
   * The text if it fits, else its longest run of whole leading sentences that fits, else its first
   * words with an ellipsis.
   */
  static String fit(String text, int max, ToIntFunction<String> length) {
    String whole = text.strip();
    if (length.applyAsInt(whole) <= max) {
      return whole;
    }
    StringBuilder kept = new StringBuilder();
    for (String sentence : of(whole)) {
      if (length.applyAsInt((kept + sentence).strip()) > max) {
        break;
      }
      kept.append(sentence);
    }
    return kept.toString().isBlank() ? cut(whole, max, length) : kept.toString().strip();
  }

  /** The longest prefix, ended at a word where there is one, that fits with an ellipsis. */
  static String cut(String text, int max, ToIntFunction<String> length) {
    int points = longestFitting(text, max, length);
    String prefix = prefix(text, points);
    int lastBlank = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf('\n'));
    if (lastBlank > prefix.length() / 2) {
      prefix = prefix.substring(0, lastBlank);
    }
    return prefix.strip() + ELLIPSIS;
  }

  /**
   * Binary search for the longest prefix that fits with an ellipsis. Weighted lengths are almost
   * monotonic (a growing link can weigh less), so the result is checked and stepped down if needed.
   */
  private static int longestFitting(String text, int max, ToIntFunction<String> length) {
    int low = 0;
    int high = Math.min(text.codePointCount(0, text.length()), max);
    while (low < high) {
      int middle = (low + high + 1) / 2;
      if (length.applyAsInt(prefix(text, middle) + ELLIPSIS) <= max) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    while (low > 0 && length.applyAsInt(prefix(text, low) + ELLIPSIS) > max) {
      low--;
    }
    return low;
  }

  private static String prefix(String text, int codePoints) {
    return text.substring(0, text.offsetByCodePoints(0, codePoints));
  }
}
