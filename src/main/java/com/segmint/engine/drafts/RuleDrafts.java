package com.segmint.engine.drafts;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.engine.tone.ToneChoice;
import com.segmint.publishing.text.XText;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic drafts: the content's text with its tone's closing line, hashtags from its key
 * phrases on Instagram, fitted to the platform by {@link PlatformFit}.
 */
final class RuleDrafts {

  private static final int INSTAGRAM_TAGS = 8;

  private RuleDrafts() {}

  static Shaped write(SocialPlatform platform, String title, String body, ToneChoice tone) {
    String text = CleanText.of(body).isEmpty() ? CleanText.of(title) : CleanText.of(body);
    String closing = tone.closingLine();
    return switch (platform) {
      case Twitter -> PlatformFit.fit(platform, title, closedForX(text, closing), List.of());
      case LinkedIn ->
          PlatformFit.fit(platform, title, joined(CleanText.of(title), text, closing), List.of());
      case Instagram ->
          PlatformFit.fit(
              platform, title, joined(text, closing), Hashtags.of(title, body, INSTAGRAM_TAGS));
      case YouTube -> PlatformFit.fit(platform, title, joined(text, closing), List.of());
    };
  }

  /** On X the closing line is added only where it costs no extra post. */
  private static String closedForX(String text, String closing) {
    String closed = joined(text, closing);
    boolean single = PlatformFit.TEXTS.xWeightedLength(text) <= XText.LIMIT;
    return single && PlatformFit.TEXTS.xWeightedLength(closed) > XText.LIMIT ? text : closed;
  }

  private static String joined(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part.strip());
      }
    }
    return String.join("\n\n", present);
  }
}
