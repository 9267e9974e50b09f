package com.segmint.engine.drafts;

import static com.segmint.engine.drafts.PlatformLimits.characters;

import com.segmint.engine.tone.ToneChoice;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic drafts: the content's text with its tone's closing line, hashtags from its key
 * phrases on Instagram, fitted to the platform by {@link PlatformFit}.
 */
final class RuleDrafts {

  private static final int INSTAGRAM_TAGS = 8;

  private RuleDrafts() {}

  static Shaped write(DraftPlatform platform, String title, String body, ToneChoice tone) {
    String text = CleanText.of(body).isEmpty() ? CleanText.of(title) : CleanText.of(body);
    String closing = tone.closingLine();
    return switch (platform) {
      case TWITTER -> PlatformFit.fit(platform, title, closedForX(text, closing), List.of());
      case LINKEDIN ->
          PlatformFit.fit(platform, title, joined(CleanText.of(title), text, closing), List.of());
      case INSTAGRAM ->
          PlatformFit.fit(
              platform, title, joined(text, closing), Hashtags.of(title, body, INSTAGRAM_TAGS));
      case YOUTUBE -> PlatformFit.fit(platform, title, joined(text, closing), List.of());
    };
  }

  /** On X the closing line is added only where it costs no extra post. */
  private static String closedForX(String text, String closing) {
    String closed = joined(text, closing);
    boolean single = PlatformLimits.xLength(text) <= PlatformLimits.X_POST;
    return single && PlatformLimits.xLength(closed) > PlatformLimits.X_POST ? text : closed;
  }

  private static String joined(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank() && characters(part) > 0) {
        present.add(part.strip());
      }
    }
    return String.join("\n\n", present);
  }
}
