package com.segmint.publishing.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Cuts text to a length measured the platform's way: whole sentences where they fit, then whole
 * words, and only a single word longer than the limit is cut inside. Every platform's measure adds
 * up over pieces joined by a space (no entity spans a space), so each piece is measured once.
 */
final class TextChunks {

  private static final String ELLIPSIS = "…";

  private TextChunks() {}

  /** The text in consecutive chunks, each within the limit, together holding every word. */
  static List<String> split(String text, ToIntFunction<String> length, int limit) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentLength = 0;
    for (String piece : pieces(text.strip(), length, limit)) {
      int pieceLength = length.applyAsInt(piece);
      if (!current.isEmpty() && currentLength + 1 + pieceLength <= limit) {
        current.append(' ').append(piece);
        currentLength += 1 + pieceLength;
        continue;
      }
      if (!current.isEmpty()) {
        chunks.add(current.toString());
      }
      current.setLength(0);
      current.append(piece);
      currentLength = pieceLength;
    }
    if (!current.isEmpty()) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  /** The longest start of the text that fits: whole sentences, else whole words with "…". */
  static String fit(String text, ToIntFunction<String> length, int limit) {
    String stripped = text.strip();
    if (length.applyAsInt(stripped) <= limit) {
      return stripped;
    }
    String sentences = leadingWithin(sentences(stripped), length, limit);
    if (!sentences.isEmpty()) {
      return sentences;
    }
    int room = limit - length.applyAsInt(ELLIPSIS);
    String words = leadingWithin(List.of(stripped.split("\\s+")), length, room);
    String start = words.isEmpty() ? hardCut(stripped, length, room) : words;
    return start + ELLIPSIS;
  }

  private static String leadingWithin(List<String> parts, ToIntFunction<String> length, int limit) {
    StringBuilder kept = new StringBuilder();
    int keptLength = 0;
    for (String part : parts) {
      int joined =
          kept.isEmpty() ? length.applyAsInt(part) : keptLength + 1 + length.applyAsInt(part);
      if (joined > limit) {
        break;
      }
      if (!kept.isEmpty()) {
        kept.append(' ');
      }
      kept.append(part);
      keptLength = joined;
    }
    return kept.toString();
  }

  /** Sentences, or words of a sentence too long, or slices of a word too long. */
  private static List<String> pieces(String text, ToIntFunction<String> length, int limit) {
    List<String> pieces = new ArrayList<>();
    for (String sentence : sentences(text)) {
      if (length.applyAsInt(sentence) <= limit) {
        pieces.add(sentence);
        continue;
      }
      for (String word : sentence.split("\\s+")) {
        pieces.addAll(
            length.applyAsInt(word) <= limit ? List.of(word) : slices(word, length, limit));
      }
    }
    return pieces;
  }

  private static List<String> sentences(String text) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
    iterator.setText(text);
    List<String> sentences = new ArrayList<>();
    for (int start = iterator.first(), end = iterator.next();
        end != BreakIterator.DONE;
        start = end, end = iterator.next()) {
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  private static List<String> slices(String word, ToIntFunction<String> length, int limit) {
    List<String> slices = new ArrayList<>();
    String rest = word;
    while (!rest.isEmpty()) {
      String slice = hardCut(rest, length, limit);
      slices.add(slice);
      rest = rest.substring(slice.length());
    }
    return slices;
  }

  /** The longest start of a word that fits (found by bisection), at least one code point. */
  private static String hardCut(String word, ToIntFunction<String> length, int limit) {
    int[] ends = word.codePoints().map(Character::charCount).toArray();
    for (int i = 1; i < ends.length; i++) {
      ends[i] += ends[i - 1];
    }
    int fits = 0;
    int tooLong = ends.length;
    while (tooLong - fits > 1) {
      int middle = (fits + tooLong) / 2;
      if (length.applyAsInt(word.substring(0, ends[middle])) <= limit) {
        fits = middle;
      } else {
        tooLong = middle;
      }
    }
    return word.substring(0, ends[fits]);
  }
}
