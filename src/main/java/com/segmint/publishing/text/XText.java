package com.segmint.publishing.text;

import com.segmint.publishing.PostText;
import com.segmint.publishing.TextViolation;
import com.twitter.twittertext.TwitterTextParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** X: 280 weighted characters per post, up to 4 images or one video, threads numbered "k/n". */
public final class XText {

  public static final int LIMIT = 280;
  public static final int MAX_THREAD_PARTS = 25;

  private XText() {}

  public static int weightedLength(String text) {
    return TwitterTextParser.parseTweet(text).weightedLength;
  }

  public static List<TextViolation> check(PostText post) {
    List<TextViolation> violations = new ArrayList<>();
    int length = weightedLength(post.text());
    if (post.text().isBlank() && post.images() + post.videos() == 0) {
      violations.add(new TextViolation("text", "x-empty", "X needs text or media"));
    }
    if (length > LIMIT) {
      violations.add(
          new TextViolation(
              "text",
              "x-weighted-length",
              "X allows %d weighted characters (URLs count 23, emoji 2), this has %d; shorten it or post it as a thread"
                  .formatted(LIMIT, length)));
    }
    if (post.videos() > 1 || post.images() > 4 || (post.videos() > 0 && post.images() > 0)) {
      violations.add(
          new TextViolation("media", "x-media", "X takes up to 4 images or one video, not both"));
    }
    return violations;
  }

  public static String fit(String text) {
    return TextChunks.fit(text, XText::weightedLength, LIMIT);
  }

  /** One part when the text fits; otherwise numbered parts, the numbering within each limit. */
  public static List<String> thread(String text) {
    if (weightedLength(text.strip()) <= LIMIT) {
      return text.isBlank() ? List.of() : List.of(text.strip());
    }
    for (int digits = 1; ; digits++) {
      String widest = " " + "9".repeat(digits) + "/" + "9".repeat(digits);
      List<String> parts = TextChunks.split(text, XText::weightedLength, LIMIT - widest.length());
      if (String.valueOf(parts.size()).length() <= digits) {
        return IntStream.range(0, parts.size())
            .mapToObj(i -> parts.get(i) + " " + (i + 1) + "/" + parts.size())
            .toList();
      }
    }
  }
}
