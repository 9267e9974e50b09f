package com.segmint.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.schema.enums.SocialPlatform;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever the text, the rules' own adaptations pass the rules' own checks and keep every word. */
class PlatformTextsPropertyTests {

  private final PlatformTexts texts = new PlatformTexts();

  @Property(tries = 100)
  void shouldSplitAnyTextIntoAThreadOfValidPartsKeepingEveryWord(@ForAll("texts") String text) {
    List<String> thread = texts.xThread(text);

    for (String part : thread) {
      assertThat(texts.check(SocialPlatform.Twitter, PostText.of(part))).isEmpty();
    }
    String rejoined =
        String.join(" ", thread).replaceAll(" \\d+/\\d+(?= |$)", "").replaceAll("\\s+", "");
    assertThat(rejoined).isEqualTo(text.replaceAll("\\s+", ""));
  }

  @Property(tries = 100)
  void shouldFitAnyTextWithinEveryPlatformsTextLimit(@ForAll("texts") String text) {
    assertThat(texts.xWeightedLength(texts.fit(SocialPlatform.Twitter, text)))
        .isLessThanOrEqualTo(280);
    assertThat(rulesOf(SocialPlatform.LinkedIn, texts.fit(SocialPlatform.LinkedIn, text)))
        .doesNotContain("linkedin-length");
    assertThat(rulesOf(SocialPlatform.Instagram, texts.fit(SocialPlatform.Instagram, text)))
        .doesNotContain("instagram-caption-length");
    assertThat(rulesOf(SocialPlatform.YouTube, texts.fit(SocialPlatform.YouTube, text)))
        .doesNotContain("youtube-description-length", "youtube-description-characters");
  }

  @Property(tries = 100)
  void shouldEscapeLinkedInTextReversibly(@ForAll("texts") String text) {
    String unescaped = texts.linkedInCommentary(text).replaceAll("\\\\(.)", "$1");

    assertThat(unescaped).isEqualTo(text);
  }

  private List<String> rulesOf(SocialPlatform platform, String text) {
    return texts.check(platform, new PostText("Title", text, 0, 1)).stream()
        .map(TextViolation::rule)
        .toList();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)),
            Tuple.of(
                3,
                Arbitraries.strings()
                    .withChars("#@<>\\|{}[]()*_~é漢")
                    .ofMinLength(1)
                    .ofMaxLength(4)),
            Tuple.of(3, Arbitraries.of("https://example.com/a/long/path", "🙂", "Done.", "Why?")),
            Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(300).ofMaxLength(700)));
    return words.list().ofMinSize(1).ofMaxSize(250).map(list -> String.join(" ", list));
  }
}
