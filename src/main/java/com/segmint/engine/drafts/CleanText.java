package com.segmint.engine.drafts;

/**
 * Text any platform accepts: no control characters but line breaks and tabs, no unpaired
 * surrogates, no non-characters (X refuses U+FFFE, U+FEFF and U+FFFF), at most two blank lines in a
 * row.
 */
final class CleanText {

  private CleanText() {}

  static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().filter(CleanText::acceptable).forEach(point -> clean.appendCodePoint(point));
    return clean.toString().replace("\r\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  private static boolean acceptable(int point) {
    if (point == '\n' || point == '\t') {
      return true;
    }
    return !Character.isISOControl(point)
        && !(point <= 0xFFFF && Character.isSurrogate((char) point))
        && point != 0xFFFE
        && point != 0xFEFF
        && point != 0xFFFF;
  }
}
