package com.segmint.content.ideas;

import java.util.Arrays;

/** Titles for drafts started from an idea: its first words, within the title's 255 characters. */
final class DraftTitles {

  static final int WORDS = 8;
  private static final int MAX_LENGTH = 255;
  private static final String MORE = "…";

  private DraftTitles() {}

  static String fromFirstWords(String text, int ideaId) {
    if (text == null || text.isBlank()) {
      return "Idea " + ideaId;
    }
    String[] words = text.strip().split("\\s+");
    String title = String.join(" ", Arrays.copyOf(words, Math.min(WORDS, words.length)));
    if (words.length > WORDS) {
      title += MORE;
    }
    if (title.codePointCount(0, title.length()) > MAX_LENGTH) {
      title = title.substring(0, title.offsetByCodePoints(0, MAX_LENGTH - 1)) + MORE;
    }
    return title;
  }
}
