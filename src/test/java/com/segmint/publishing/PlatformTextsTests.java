package com.segmint.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.schema.enums.SocialPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformTextsTests {

  private final PlatformTexts texts = new PlatformTexts();

  @Test
  void shouldCountAUrlAs23AndAnEmojiAs2OnX() {
    String url = "https://example.com/" + "a".repeat(100);

    assertThat(texts.xWeightedLength(url)).isEqualTo(23);
    assertThat(texts.xWeightedLength("🙂")).isEqualTo(2);
    assertThat(texts.xWeightedLength("ab")).isEqualTo(2);
  }

  @Test
  void shouldAcceptA280WeightedPostAndRefuseOneMoreNamingTheRule() {
    String full = "a".repeat(278) + "🙂";

    assertThat(texts.check(SocialPlatform.Twitter, PostText.of(full))).isEmpty();
    assertThat(texts.check(SocialPlatform.Twitter, PostText.of(full + "b")))
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.rule()).isEqualTo("x-weighted-length");
              assertThat(violation.message()).contains("280").contains("281");
            });
  }

  @Test
  void shouldSplitALongTextIntoANumberedThreadAtSentenceBoundaries() {
    String sentence = "Each sentence here says one small thing about scheduling posts well. ";
    String text = sentence.repeat(12);

    List<String> thread = texts.xThread(text);

    assertThat(thread).hasSizeGreaterThan(1);
    for (int i = 0; i < thread.size(); i++) {
      String part = thread.get(i);
      assertThat(texts.xWeightedLength(part)).isLessThanOrEqualTo(280);
      assertThat(part).endsWith("well. " + (i + 1) + "/" + thread.size());
    }
  }

  @Test
  void shouldKeepAShortTextAsOneUnnumberedPart() {
    assertThat(texts.xThread("  Short and sweet.  ")).containsExactly("Short and sweet.");
  }

  @Test
  void shouldEscapeEveryReservedLinkedInCharacter() {
    String escaped = texts.linkedInCommentary("a\\b|c{d}e@f[g]h(i)j<k>l#m*n_o~p");

    assertThat(escaped).isEqualTo("a\\\\b\\|c\\{d\\}e\\@f\\[g\\]h\\(i\\)j\\<k\\>l\\#m\\*n\\_o\\~p");
  }

  @Test
  void shouldCountLinkedInLengthAfterEscaping() {
    String text = "#".repeat(1600);

    assertThat(texts.check(SocialPlatform.LinkedIn, PostText.of(text)))
        .extracting(TextViolation::rule)
        .containsExactly("linkedin-length");
  }

  @Test
  void shouldTakeOneVideoAloneOrUpTo20ImagesOnLinkedInAndXUpTo4() {
    assertThat(texts.check(SocialPlatform.LinkedIn, new PostText(null, "Watch", 0, 1))).isEmpty();
    assertThat(texts.check(SocialPlatform.Twitter, new PostText(null, "Watch", 0, 1))).isEmpty();
    assertThat(texts.check(SocialPlatform.LinkedIn, new PostText(null, "Look", 20, 0))).isEmpty();
    assertThat(texts.check(SocialPlatform.LinkedIn, new PostText(null, "Both", 1, 1)))
        .extracting(TextViolation::rule)
        .containsExactly("linkedin-media");
    assertThat(texts.check(SocialPlatform.LinkedIn, new PostText(null, "Two", 0, 2)))
        .extracting(TextViolation::rule)
        .containsExactly("linkedin-media");
    assertThat(texts.check(SocialPlatform.Twitter, new PostText(null, "Both", 1, 1)))
        .extracting(TextViolation::rule)
        .containsExactly("x-media");
  }

  @Test
  void shouldRequireMediaAndLimitHashtagsOnInstagram() {
    String caption =
        "Thirty-one tags " + String.join(" ", java.util.Collections.nCopies(31, "#tag"));

    assertThat(texts.check(SocialPlatform.Instagram, new PostText(null, caption, 0, 0)))
        .extracting(TextViolation::rule)
        .containsExactly("instagram-hashtags", "instagram-media");
    assertThat(texts.check(SocialPlatform.Instagram, new PostText(null, "A caption", 1, 0)))
        .isEmpty();
  }

  @Test
  void shouldRequireAVideoAndATitleWithoutAngleBracketsOnYouTube() {
    assertThat(texts.check(SocialPlatform.YouTube, new PostText("<b>Launch</b>", "Notes", 0, 0)))
        .extracting(TextViolation::rule)
        .containsExactly("youtube-title-characters", "youtube-media");
    assertThat(texts.check(SocialPlatform.YouTube, new PostText("x".repeat(101), "", 0, 1)))
        .extracting(TextViolation::rule)
        .containsExactly("youtube-title-length");
  }

  @Test
  void shouldCountYouTubeDescriptionsInUtf8Bytes() {
    String twoBytesEach = "é".repeat(2501);

    assertThat(texts.check(SocialPlatform.YouTube, new PostText("Title", twoBytesEach, 0, 1)))
        .extracting(TextViolation::rule)
        .containsExactly("youtube-description-length");
  }

  @Test
  void shouldFitTextAtASentenceBoundary() {
    String text = "First sentence stays. " + "Second sentence is far too long ".repeat(20);

    assertThat(texts.fit(SocialPlatform.Twitter, text)).isEqualTo("First sentence stays.");
  }

  @Test
  void shouldFitASingleLongSentenceAtAWordBoundaryWithAnEllipsis() {
    String text = "word ".repeat(100);

    String fitted = texts.fit(SocialPlatform.Twitter, text);

    assertThat(fitted).endsWith("word…");
    assertThat(texts.xWeightedLength(fitted)).isLessThanOrEqualTo(280);
  }

  @Test
  void shouldFindHashtags() {
    assertThat(texts.hashtags("Ship it #buildinpublic and #Java17!"))
        .containsExactly("buildinpublic", "Java17");
  }
}
