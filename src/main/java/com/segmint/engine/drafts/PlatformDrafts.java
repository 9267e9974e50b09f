package com.segmint.engine.drafts;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.engine.DraftRequest;
import com.segmint.engine.DraftWriter;
import com.segmint.engine.PlatformDraft;
import com.segmint.engine.PlatformDraft.Writer;
import com.segmint.engine.llm.LlmChat;
import com.segmint.engine.llm.LlmUnavailable;
import com.segmint.engine.tone.ToneChoice;
import com.segmint.publishing.TextViolation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Drafts by the LLM when one is configured, checked by the platform's rules and adapted by them
 * when it breaks one; by the rules alone otherwise, or when the LLM fails (the note says why).
 */
@Service
class PlatformDrafts implements DraftWriter {

  private static final Logger log = LoggerFactory.getLogger(PlatformDrafts.class);

  private final Optional<LlmChat> llm;

  PlatformDrafts(LlmChat llm) {
    this.llm = Optional.of(llm).filter(LlmChat::configured);
  }

  @Override
  public PlatformDraft write(DraftRequest request) {
    SocialPlatform platform = DraftPlatforms.parse(request.platform());
    ToneChoice tone = ToneChoice.of(request.tone(), request.contentTone(), "tone");
    if (llm.isEmpty()) {
      return draft(platform, tone, Writer.rules, null, rules(platform, request, tone));
    }
    try {
      LlmDrafts.Written written =
          LlmDrafts.write(llm.get(), platform, request.title(), request.body(), tone);
      String title = written.title().isBlank() ? request.title() : written.title();
      List<TextViolation> broken =
          PlatformFit.textViolations(platform, title, CleanText.of(written.text()));
      Shaped shaped = PlatformFit.fit(platform, title, written.text(), List.of());
      return draft(platform, tone, Writer.llm, adaptedNote(broken), shaped);
    } catch (LlmUnavailable e) {
      log.warn("LLM draft failed, written by the rules instead: {}", e.getMessage());
      String note = e.getMessage() + "; written by the rules instead";
      return draft(platform, tone, Writer.rules, note, rules(platform, request, tone));
    }
  }

  private static String adaptedNote(List<TextViolation> broken) {
    if (broken.isEmpty()) {
      return null;
    }
    String rules = broken.stream().map(TextViolation::rule).collect(Collectors.joining(", "));
    return "the LLM's draft broke " + rules + "; adapted by the rules";
  }

  private static Shaped rules(SocialPlatform platform, DraftRequest request, ToneChoice tone) {
    return RuleDrafts.write(platform, request.title(), request.body(), tone);
  }

  private static PlatformDraft draft(
      SocialPlatform platform, ToneChoice tone, Writer writer, String note, Shaped shaped) {
    String commentary =
        platform == SocialPlatform.LinkedIn
            ? PlatformFit.TEXTS.linkedInCommentary(shaped.posts().get(0))
            : null;
    return new PlatformDraft(
        platform.getLiteral(),
        tone.name(),
        writer,
        note,
        shaped.title(),
        shaped.posts(),
        shaped.hashtags(),
        commentary);
  }
}
