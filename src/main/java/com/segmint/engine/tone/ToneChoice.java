package com.segmint.engine.tone;

import com.segmint.common.InvalidRequest;

/**
 * The tone a text is written in: a catalogue tone, or the creator's own words (up to {@value
 * #MAX_LENGTH} characters, like {@code content.tone}) used as they are.
 */
public record ToneChoice(String name, String description, String closingLine) {

  public static final int MAX_LENGTH = 100;

  /**
   * The tone asked for, else the content's own; {@code field} names the request parameter in an
   * error.
   */
  public static ToneChoice of(String requested, String contentTone, String field) {
    if (requested == null || requested.isBlank()) {
      return lenient(contentTone);
    }
    String text = requested.strip();
    if (text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequest(
          field, "a tone is a catalogue name or free text of at most 100 printable characters");
    }
    return named(text);
  }

  /** A tone already accepted elsewhere (a content's): cleaned and clipped rather than refused. */
  public static ToneChoice lenient(String tone) {
    StringBuilder clean = new StringBuilder();
    (tone == null ? "" : tone)
        .codePoints()
        .map(point -> Character.isISOControl(point) ? ' ' : point)
        .forEach(clean::appendCodePoint);
    String text = clean.toString().strip();
    return named(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH).strip() : text);
  }

  private static ToneChoice named(String text) {
    if (text.isEmpty()) {
      return catalogue(Tone.PROFESSIONAL);
    }
    return Tone.named(text)
        .map(ToneChoice::catalogue)
        .orElseGet(() -> new ToneChoice(text, "In the creator's own words: " + text, null));
  }

  private static ToneChoice catalogue(Tone tone) {
    return new ToneChoice(tone.key(), tone.description(), tone.closingLine());
  }
}
