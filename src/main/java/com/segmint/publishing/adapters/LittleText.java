package com.segmint.publishing.adapters;

/**
 * LinkedIn's "little text format" gives {@code \ | { } @ [ ] ( ) < > # * _ ~} a meaning; an
 * unescaped one can make LinkedIn drop the rest of the commentary, so each is sent escaped.
 */
final class LittleText {

  private static final String RESERVED = "\\|{}@[]()<>#*_~";

  private LittleText() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.chars()
        .forEach(
            c -> {
              if (RESERVED.indexOf(c) >= 0) {
                escaped.append('\\');
              }
              escaped.append((char) c);
            });
    return escaped.toString();
  }
}
