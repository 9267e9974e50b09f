package com.segmint.publishing.text;

import com.segmint.publishing.PostText;
import com.segmint.publishing.TextViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * LinkedIn: commentary in "little text format", whose reserved characters must be escaped or
 * LinkedIn drops what follows them; 3,000 characters, counted after escaping so nothing is cut.
 */
public final class LinkedInText {

  public static final int LIMIT = 3000;
  public static final int MAX_IMAGES = 20;
  private static final String RESERVED = "\\|{}@[]()<>#*_~";

  private LinkedInText() {}

  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              if (c < 128 && RESERVED.indexOf(c) >= 0) {
                escaped.append('\\');
              }
              escaped.appendCodePoint(c);
            });
    return escaped.toString();
  }

  public static List<TextViolation> check(PostText post) {
    List<TextViolation> violations = new ArrayList<>();
    if (post.text().isBlank() && post.images() + post.videos() == 0) {
      violations.add(new TextViolation("text", "linkedin-empty", "LinkedIn needs text or media"));
    }
    int length = escapedLength(post.text());
    if (length > LIMIT) {
      violations.add(
          new TextViolation(
              "text",
              "linkedin-length",
              "LinkedIn allows %d characters once reserved characters are escaped, this has %d"
                  .formatted(LIMIT, length)));
    }
    if (post.videos() > 1 || post.images() > MAX_IMAGES || post.videos() * post.images() > 0) {
      violations.add(
          new TextViolation(
              "media",
              "linkedin-media",
              "LinkedIn takes up to %d images or one video, not both".formatted(MAX_IMAGES)));
    }
    return violations;
  }

  public static String fit(String text) {
    return TextChunks.fit(text, LinkedInText::escapedLength, LIMIT);
  }

  private static int escapedLength(String text) {
    return TextLength.characters(escape(text));
  }
}
