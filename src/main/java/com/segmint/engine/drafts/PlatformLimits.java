package com.segmint.engine.drafts;

import com.twitter.twittertext.TwitterTextParser;
import java.util.regex.Pattern;

/** Each platform's limits and how it counts. */
final class PlatformLimits {

  static final int X_POST = 280;
  static final int LINKEDIN_POST = 3_000;
  static final int INSTAGRAM_CAPTION = 2_200;
  static final int INSTAGRAM_HASHTAGS = 30;
  static final int YOUTUBE_TITLE = 100;
  static final int YOUTUBE_DESCRIPTION = 5_000;

  private static final Pattern LINKEDIN_RESERVED = Pattern.compile("([\\\\|{}@\\[\\]()<>#*_~])");

  private PlatformLimits() {}

  static int xLength(String text) {
    return TwitterTextParser.parseTweet(text).weightedLength;
  }

  static int characters(String text) {
    return text.codePointCount(0, text.length());
  }

  /** LinkedIn's little text format cuts a post at an unescaped reserved character. */
  static String escapeForLinkedIn(String text) {
    return LINKEDIN_RESERVED.matcher(text).replaceAll("\\\\$1");
  }

  static int linkedInLength(String text) {
    return characters(escapeForLinkedIn(text));
  }

  static boolean validForX(String post) {
    return TwitterTextParser.parseTweet(post).isValid;
  }
}
