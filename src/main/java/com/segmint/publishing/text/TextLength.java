package com.segmint.publishing.text;

import java.nio.charset.StandardCharsets;

/** The ways platforms count text. */
final class TextLength {

  private TextLength() {}

  static int characters(String text) {
    return text.codePointCount(0, text.length());
  }

  static int utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
