package com.segmint.engine.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.common.InvalidRequest;
import com.segmint.engine.DraftRequest;
import com.segmint.engine.PlatformDraft;
import com.segmint.engine.PlatformDraft.Writer;
import org.junit.jupiter.api.Test;

/** The deterministic drafts, with no LLM configured. */
class RuleDraftsTests {

  private static final String LAUNCH =
      "We rebuilt our onboarding for remote engineers. Every new hire gets a buddy on day one. "
          + "The buddy walks them through the codebase, the deploy pipeline and the on-call "
          + "rotation. After six months, remote onboarding time dropped from three weeks to "
          + "eight days. Remote onboarding works when someone owns it. Here is what we learned "
          + "about remote onboarding, buddies and checklists, and what we would change next time.";

  private final PlatformDrafts drafts = new PlatformDrafts(com.segmint.engine.llm.LlmChat.none());

  @Test
  void shouldSplitALongTextIntoANumberedXThreadAtSentences() {
    PlatformDraft draft = write("X", LAUNCH, null);

    assertThat(draft.platform()).isEqualTo("Twitter");
    assertThat(draft.writtenBy()).isEqualTo(Writer.rules);
    assertThat(draft.posts()).hasSizeGreaterThan(1);
    for (int i = 0; i < draft.posts().size(); i++) {
      String post = draft.posts().get(i);
      assertThat(DraftValidity.problems(draft)).isEmpty();
      assertThat(post).endsWith(" " + (i + 1) + "/" + draft.posts().size());
    }
    assertThat(draft.posts().get(0)).startsWith("We rebuilt our onboarding for remote engineers.");
    assertThat(draft.posts().get(0)).doesNotContain("…");
  }

  @Test
  void shouldKeepAShortXPostWholeWithTheTonesClosingLine() {
    PlatformDraft draft = write("twitter", "Remote onboarding: one buddy per hire.", "casual");

    assertThat(draft.posts())
        .containsExactly("Remote onboarding: one buddy per hire.\n\nWhat do you think?");
    assertThat(draft.tone()).isEqualTo("casual");
  }

  @Test
  void shouldEscapeLinkedInsReservedCharacters() {
    PlatformDraft draft =
        write("LinkedIn", "Ship it (today) #now @team [v2] a_b *c* ~d~ {x} <y> |z| \\", null);

    assertThat(draft.posts().get(0)).contains("Ship it (today) #now @team");
    assertThat(draft.linkedInCommentary())
        .contains(
            "Ship it \\(today\\) \\#now \\@team \\[v2\\] a\\_b \\*c\\* \\~d\\~ \\{x\\} \\<y\\>"
                + " \\|z\\| \\\\");
  }

  @Test
  void shouldCutALongLinkedInPostAtASentence() {
    String sentence = "Remote onboarding needs an owner (really). ";
    PlatformDraft draft = write("LinkedIn", sentence.repeat(100), null);

    assertThat(DraftValidity.problems(draft)).isEmpty();
    assertThat(draft.posts().get(0)).endsWith("(really).");
    assertThat(draft.linkedInCommentary()).endsWith("\\(really\\).").hasSizeGreaterThan(2_900);
  }

  @Test
  void shouldEndAnInstagramCaptionWithHashtagsFromKeyPhrases() {
    PlatformDraft draft = write("instagram", LAUNCH, null);

    assertThat(draft.hashtags()).contains("#Onboarding", "#RemoteOnboarding", "#Remote");
    assertThat(draft.posts().get(0)).endsWith(String.join(" ", draft.hashtags()));
    assertThat(DraftValidity.problems(draft)).isEmpty();
  }

  @Test
  void shouldKeepInstagramHashtagsWithinTheLimitWhenTheTextIsLong() {
    PlatformDraft draft = write("Instagram", (LAUNCH + " ").repeat(20), null);

    String caption = draft.posts().get(0);
    assertThat(DraftValidity.problems(draft)).isEmpty();
    assertThat(caption.codePointCount(0, caption.length())).isGreaterThan(2_000);
    assertThat(caption).endsWith(String.join(" ", draft.hashtags()));
  }

  @Test
  void shouldWriteAYouTubeTitleAndDescriptionWithoutAngleBrackets() {
    DraftRequest request =
        new DraftRequest(
            "<b>Remote</b> onboarding " + "x".repeat(200),
            "Use <details> tags",
            "bold",
            "YouTube",
            null);

    PlatformDraft draft = drafts.write(request);

    assertThat(DraftValidity.problems(draft)).isEmpty();
    assertThat(draft.title()).startsWith("‹b›Remote‹/b› onboarding");
    assertThat(draft.posts().get(0)).doesNotContain("<", ">").contains("Agree or disagree?");
  }

  @Test
  void shouldRefuseAnUnknownPlatformNamingTheField() {
    assertThatThrownBy(() -> write("MySpace", LAUNCH, null))
        .isInstanceOf(InvalidRequest.class)
        .extracting(e -> ((InvalidRequest) e).field())
        .isEqualTo("platform");
  }

  private PlatformDraft write(String platform, String body, String tone) {
    return drafts.write(
        new DraftRequest("Remote onboarding", body, "professional", platform, tone));
  }
}
