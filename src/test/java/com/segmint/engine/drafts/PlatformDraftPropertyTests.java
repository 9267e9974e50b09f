package com.segmint.engine.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.engine.DraftRequest;
import com.segmint.engine.PlatformDraft;
import com.segmint.engine.llm.LlmChat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text, in any tone, gives a draft valid for every platform. */
class PlatformDraftPropertyTests {

  private final PlatformDrafts drafts = new PlatformDrafts(LlmChat.none());

  @Property(tries = 100)
  void shouldWriteAValidDraftForEveryPlatform(
      @ForAll("texts") String title, @ForAll("texts") String body, @ForAll("tones") String tone) {
    for (String platform : new String[] {"Twitter", "LinkedIn", "Instagram", "YouTube"}) {
      PlatformDraft draft = drafts.write(new DraftRequest(title, body, "casual", platform, tone));
      assertThat(DraftValidity.problems(draft)).as(platform).isEmpty();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.of(
                "onboarding",
                "https://example.com/a/very/long/path?q=1",
                "🚀",
                "👨‍👩‍👧",
                "日本語",
                "(x)",
                "#tag",
                "@you",
                "<b>",
                "\\",
                "_",
                "~",
                "*",
                ".",
                "!",
                "?",
                "\n",
                "\n\n\n",
                "\uFEFF",
                "\uD800",
                "Ünïcödé",
                "a".repeat(400),
                "e\u0301")
            .list()
            .ofMaxSize(400)
            .map(list -> String.join(" ", list));
    return Arbitraries.oneOf(
        words,
        Arbitraries.strings().ofMaxLength(6_000),
        Arbitraries.strings().all().ofMaxLength(400));
  }

  @Provide
  Arbitrary<String> tones() {
    return Arbitraries.oneOf(
        Arbitraries.of("witty", "BOLD", "storytelling", "a dry, nerdy voice").injectNull(0.2),
        Arbitraries.strings().alpha().ofMaxLength(100));
  }
}
