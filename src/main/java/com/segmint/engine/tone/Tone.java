package com.segmint.engine.tone;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The tone catalogue. The description tells a model how to write; the closing line is what the
 * rule-based drafts end with when the platform leaves room for it.
 */
public enum Tone {
  PROFESSIONAL(
      "Professional",
      "Clear, credible and concise: plain words, no slang, claims backed by facts.",
      "What has your experience been?"),
  CASUAL(
      "Casual",
      "Relaxed and conversational, like talking to a friend: short sentences, contractions.",
      "What do you think?"),
  WITTY(
      "Witty",
      "Playful and clever: a light joke or a turn of phrase, never at the reader's expense.",
      "Tell me I'm wrong (politely)."),
  INSPIRATIONAL(
      "Inspirational",
      "Uplifting and forward-looking: what the reader can achieve, and the first step to it.",
      "Your next step can start today."),
  EDUCATIONAL(
      "Educational",
      "Teaches one thing well: explain it, give an example, end with a takeaway.",
      "Save this for later."),
  STORYTELLING(
      "Storytelling",
      "A short narrative: a moment, the tension in it, what changed, and the lesson.",
      "Has this happened to you?"),
  BOLD(
      "Bold / contrarian",
      "Direct and contrarian: a strong claim against the common view, backed by a reason.",
      "Agree or disagree?"),
  EMPATHETIC(
      "Empathetic",
      "Warm and understanding: acknowledge the reader's struggle before offering help.",
      "You are not alone in this.");

  private final String label;
  private final String description;
  private final String closingLine;

  Tone(String label, String description, String closingLine) {
    this.label = label;
    this.description = description;
    this.closingLine = closingLine;
  }

  /** The name callers pass, e.g. {@code witty}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  public String closingLine() {
    return closingLine;
  }

  /** The catalogue tone with this name (any case, surrounding blanks ignored), if any. */
  public static Optional<Tone> named(String name) {
    String wanted = name == null ? "" : name.strip();
    return Arrays.stream(values()).filter(tone -> tone.key().equalsIgnoreCase(wanted)).findFirst();
  }
}
