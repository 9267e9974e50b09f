package com.segmint.publishing.text;

import com.segmint.publishing.PostText;
import com.segmint.publishing.TextViolation;
import java.util.ArrayList;
import java.util.List;

/** Instagram: a caption of 2,200 characters with at most 30 hashtags, and 1 to 10 media. */
public final class InstagramText {

  public static final int LIMIT = 2200;
  public static final int MAX_HASHTAGS = 30;
  public static final int MAX_MEDIA = 10;

  private InstagramText() {}

  public static List<TextViolation> check(PostText post) {
    List<TextViolation> violations = new ArrayList<>();
    int length = TextLength.characters(post.text());
    if (length > LIMIT) {
      violations.add(
          new TextViolation(
              "text",
              "instagram-caption-length",
              "Instagram allows %d characters in a caption, this has %d".formatted(LIMIT, length)));
    }
    int hashtags = Hashtags.in(post.text()).size();
    if (hashtags > MAX_HASHTAGS) {
      violations.add(
          new TextViolation(
              "text",
              "instagram-hashtags",
              "Instagram allows %d hashtags, this has %d".formatted(MAX_HASHTAGS, hashtags)));
    }
    int media = post.images() + post.videos();
    if (media == 0 || media > MAX_MEDIA) {
      violations.add(
          new TextViolation(
              "media",
              "instagram-media",
              "Instagram needs 1 to %d images or videos, this has %d".formatted(MAX_MEDIA, media)));
    }
    return violations;
  }

  public static String fit(String text) {
    return TextChunks.fit(text, TextLength::characters, LIMIT);
  }
}
