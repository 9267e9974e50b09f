package com.segmint.engine.drafts;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.publishing.PlatformTexts;
import com.segmint.publishing.PostText;
import com.segmint.publishing.TextViolation;
import com.segmint.publishing.text.InstagramText;
import com.segmint.publishing.text.XText;
import java.util.ArrayList;
import java.util.List;

/**
 * Any text made to fit a platform by publishing's {@link PlatformTexts}, the rules scheduling
 * checks too: an X thread when one post is too short, LinkedIn cut so that its escaped text fits,
 * an Instagram caption that keeps its hashtags within the limit, a YouTube title and description
 * without angle brackets.
 */
final class PlatformFit {

  static final PlatformTexts TEXTS = new PlatformTexts();

  private static final String UNTITLED = "Untitled";
  private static final int MAX_TAG_LINE = 300;

  private PlatformFit() {}

  static Shaped fit(SocialPlatform platform, String title, String text, List<String> hashtags) {
    String clean = CleanText.of(text);
    String body = clean.isEmpty() ? orUntitled(CleanText.of(title)) : clean;
    return switch (platform) {
      case Twitter -> forX(body);
      case LinkedIn -> forLinkedIn(body);
      case Instagram -> forInstagram(body, hashtags);
      case YouTube -> forYouTube(title, body);
    };
  }

  /** What keeps a draft from being published as it is; media is attached when scheduling. */
  static List<TextViolation> textViolations(SocialPlatform platform, String title, String text) {
    return TEXTS.check(platform, new PostText(title, text, 0, 0)).stream()
        .filter(violation -> !violation.field().equals("media"))
        .toList();
  }

  private static Shaped forX(String text) {
    String kept = text;
    List<String> thread = TEXTS.xThread(kept);
    while (thread.size() > XText.MAX_THREAD_PARTS) {
      int characters = kept.codePointCount(0, kept.length());
      int fewer = characters * XText.MAX_THREAD_PARTS / thread.size() - 1;
      kept = Sentences.cut(kept, fewer, PlatformFit::characters);
      thread = TEXTS.xThread(kept);
    }
    return new Shaped(null, thread, List.of(), !kept.equals(text));
  }

  private static Shaped forLinkedIn(String text) {
    String fitted = TEXTS.fit(SocialPlatform.LinkedIn, text);
    return new Shaped(null, List.of(fitted), List.of(), !fitted.equals(text));
  }

  private static Shaped forInstagram(String text, List<String> hashtags) {
    List<String> tags = new ArrayList<>();
    String tagLine = "";
    for (String tag : hashtags) {
      String longer = tagLine.isEmpty() ? tag : tagLine + " " + tag;
      if (tags.size() < InstagramText.MAX_HASHTAGS && characters(longer) <= MAX_TAG_LINE) {
        tags.add(tag);
        tagLine = longer;
      }
    }
    int room = InstagramText.LIMIT - (tagLine.isEmpty() ? 0 : characters(tagLine) + 2);
    String limited = atMostHashtags(text, InstagramText.MAX_HASHTAGS - tags.size());
    String fitted = Sentences.fit(limited, room, PlatformFit::characters);
    String caption = tagLine.isEmpty() ? fitted : fitted + "\n\n" + tagLine;
    return new Shaped(null, List.of(caption), tags, !fitted.equals(text));
  }

  private static Shaped forYouTube(String title, String text) {
    String cleanTitle = orUntitled(CleanText.of(title).replaceAll("\\s+", " "));
    String description = TEXTS.fit(SocialPlatform.YouTube, text);
    return new Shaped(
        TEXTS.youTubeTitle(cleanTitle),
        List.of(description),
        List.of(),
        !description.equals(text.replace('<', '‹').replace('>', '›')));
  }

  /** Keeps the first {@code allowed} '#' of a text; the others are dropped. */
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

  static int characters(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String orUntitled(String text) {
    return text.isBlank() ? UNTITLED : text;
  }
}
