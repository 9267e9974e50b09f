package com.segmint.publishing;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.publishing.text.Hashtags;
import com.segmint.publishing.text.InstagramText;
import com.segmint.publishing.text.LinkedInText;
import com.segmint.publishing.text.XText;
import com.segmint.publishing.text.YouTubeText;
import java.util.List;

/**
 * Each platform's text rules: what fits, what must be escaped, how a long text becomes a thread.
 * Stateless; checking before scheduling and writing drafts use the same rules, so a draft that
 * passes here is never refused or silently truncated later.
 */
public final class PlatformTexts {

  /** Violations of the platform's rules; empty when the post can be published as it is. */
  public List<TextViolation> check(SocialPlatform platform, PostText post) {
    return switch (platform) {
      case Twitter -> XText.check(post);
      case LinkedIn -> LinkedInText.check(post);
      case Instagram -> InstagramText.check(post);
      case YouTube -> YouTubeText.check(post);
    };
  }

  /** X's weighted length (twitter-text: URLs count 23, emoji and CJK 2). */
  public int xWeightedLength(String text) {
    return XText.weightedLength(text);
  }

  /**
   * The text as an X thread: one part when it fits, else parts split at sentence (then word)
   * boundaries, each ending with " k/n" and within 280 weighted characters.
   */
  public List<String> xThread(String text) {
    return XText.thread(text);
  }

  /** The text as LinkedIn commentary: its reserved characters escaped so none is dropped. */
  public String linkedInCommentary(String text) {
    return LinkedInText.escape(text);
  }

  /**
   * The text shortened, at a sentence boundary where one fits, to the platform's text limit (for
   * YouTube, the description's); unchanged when it already fits.
   */
  public String fit(SocialPlatform platform, String text) {
    return switch (platform) {
      case Twitter -> XText.fit(text);
      case LinkedIn -> LinkedInText.fit(text);
      case Instagram -> InstagramText.fit(text);
      case YouTube -> YouTubeText.fitDescription(text);
    };
  }

  /** A YouTube title made valid: angle brackets removed, at most 100 characters. */
  public String youTubeTitle(String title) {
    return YouTubeText.fitTitle(title);
  }

  /** The hashtags the text contains, without '#', in order. */
  public List<String> hashtags(String text) {
    return Hashtags.in(text);
  }
}
