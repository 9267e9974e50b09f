package com.segmint.engine.drafts;

import static com.segmint.engine.drafts.PlatformLimits.characters;

import java.util.ArrayList;
import java.util.List;

/**
 * Any text made to fit a platform: an X thread when one post is too short, LinkedIn cut at
 * sentences so that its escaped text fits, an Instagram caption that keeps its hashtags within the
 * limit, a YouTube title and description without angle brackets.
 */
final class PlatformFit {

  private static final String UNTITLED = "Untitled";
  private static final int X_THREAD_CHARACTERS = Threads.MAX_POSTS * PlatformLimits.X_POST;

  private PlatformFit() {}

  static Shaped fit(DraftPlatform platform, String title, String text, List<String> hashtags) {
    String clean = CleanText.of(text);
    String body = clean.isEmpty() ? orUntitled(CleanText.of(title)) : clean;
    return switch (platform) {
      case TWITTER -> forX(body);
      case LINKEDIN -> forLinkedIn(body);
      case INSTAGRAM -> forInstagram(body, hashtags);
      case YOUTUBE -> forYouTube(title, body);
    };
  }

  private static Shaped forX(String text) {
    if (PlatformLimits.xLength(text) <= PlatformLimits.X_POST) {
      return new Shaped(null, List.of(text), List.of(), false);
    }
    String clipped = atMostCharacters(text, X_THREAD_CHARACTERS);
    List<String> thread = Threads.split(clipped, PlatformLimits.X_POST, PlatformLimits::xLength);
    String last = thread.get(thread.size() - 1);
    boolean cut =
        !clipped.equals(text)
            || thread.size() == Threads.MAX_POSTS && last.contains(Sentences.ELLIPSIS);
    return new Shaped(null, thread, List.of(), cut);
  }

  /**
   * A thread's posts hold at most 25 × 280 weighted characters, and only links weigh less than a
   * character each: what lies beyond this many characters would be cut anyway, and splitting it
   * would only cost time.
   */
  private static String atMostCharacters(String text, int max) {
    return characters(text) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
  }

  private static Shaped forLinkedIn(String text) {
    String fitted =
        Sentences.fit(text, PlatformLimits.LINKEDIN_POST, PlatformLimits::linkedInLength);
    return new Shaped(
        null, List.of(PlatformLimits.escapeForLinkedIn(fitted)), List.of(), !fitted.equals(text));
  }

  private static Shaped forInstagram(String text, List<String> hashtags) {
    List<String> tags = new ArrayList<>();
    String tagLine = "";
    for (String tag : hashtags) {
      String longer = tagLine.isEmpty() ? tag : tagLine + " " + tag;
      if (tags.size() < PlatformLimits.INSTAGRAM_HASHTAGS && characters(longer) <= 300) {
        tags.add(tag);
        tagLine = longer;
      }
    }
    int room = PlatformLimits.INSTAGRAM_CAPTION - (tagLine.isEmpty() ? 0 : characters(tagLine) + 2);
    String limited = atMostHashtags(text, PlatformLimits.INSTAGRAM_HASHTAGS - tags.size());
    String fitted = Sentences.fit(limited, room, PlatformLimits::characters);
    String caption = tagLine.isEmpty() ? fitted : fitted + "\n\n" + tagLine;
    return new Shaped(null, List.of(caption), tags, !fitted.equals(text));
  }

  private static Shaped forYouTube(String title, String text) {
    String cleanTitle = orUntitled(withoutAngles(CleanText.of(title)).replaceAll("\\s+", " "));
    String fittedTitle =
        Sentences.fit(cleanTitle, PlatformLimits.YOUTUBE_TITLE, PlatformLimits::characters);
    String description = withoutAngles(text);
    String fitted =
        Sentences.fit(description, PlatformLimits.YOUTUBE_DESCRIPTION, PlatformLimits::characters);
    return new Shaped(fittedTitle, List.of(fitted), List.of(), !fitted.equals(description.strip()));
  }

  /** Keeps the first {@code allowed} hashtags of a text; the others lose their '#'. */
  private static String atMostHashtags(String text, int allowed) {
    StringBuilder kept = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '#' && ++seen > allowed) {
        continue;
      }
      kept.append(c);
    }
    return kept.toString();
  }

  private static String withoutAngles(String text) {
    return text.replace('<', '‹').replace('>', '›');
  }

  private static String orUntitled(String text) {
    return text.isBlank() ? UNTITLED : text;
  }
}
