package com.segmint.publishing.text;

import com.segmint.publishing.PostText;
import com.segmint.publishing.TextViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * YouTube: one video; a title of 1 to 100 characters and a description of at most 5,000 UTF-8 bytes
 * (the Data API counts bytes), neither with '<' or '>', which the API refuses.
 */
public final class YouTubeText {

  public static final int TITLE_LIMIT = 100;
  public static final int DESCRIPTION_LIMIT_BYTES = 5000;

  private YouTubeText() {}

  public static List<TextViolation> check(PostText post) {
    List<TextViolation> violations = new ArrayList<>();
    String title = post.title() == null ? "" : post.title();
    int titleLength = TextLength.characters(title);
    if (title.isBlank() || titleLength > TITLE_LIMIT) {
      violations.add(
          new TextViolation(
              "title",
              "youtube-title-length",
              "YouTube needs a title of 1 to %d characters, this has %d"
                  .formatted(TITLE_LIMIT, titleLength)));
    }
    if (hasAngleBrackets(title)) {
      violations.add(
          new TextViolation(
              "title", "youtube-title-characters", "YouTube titles cannot hold < or >"));
    }
    int bytes = TextLength.utf8Bytes(post.text());
    if (bytes > DESCRIPTION_LIMIT_BYTES) {
      violations.add(
          new TextViolation(
              "text",
              "youtube-description-length",
              "YouTube allows %d bytes (UTF-8) in a description, this has %d"
                  .formatted(DESCRIPTION_LIMIT_BYTES, bytes)));
    }
    if (hasAngleBrackets(post.text())) {
      violations.add(
          new TextViolation(
              "text", "youtube-description-characters", "YouTube descriptions cannot hold < or >"));
    }
    if (post.videos() != 1 || post.images() > 0) {
      violations.add(
          new TextViolation("media", "youtube-media", "YouTube needs exactly one video"));
    }
    return violations;
  }

  public static String fitTitle(String title) {
    return TextChunks.fit(withoutAngleBrackets(title), TextLength::characters, TITLE_LIMIT);
  }

  public static String fitDescription(String text) {
    return TextChunks.fit(
        withoutAngleBrackets(text), TextLength::utf8Bytes, DESCRIPTION_LIMIT_BYTES);
  }

  private static boolean hasAngleBrackets(String text) {
    return text.indexOf('<') >= 0 || text.indexOf('>') >= 0;
  }

  private static String withoutAngleBrackets(String text) {
    return text.replace('<', '‹').replace('>', '›');
  }
}
