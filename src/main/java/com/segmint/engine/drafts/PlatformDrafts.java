package com.segmint.engine.drafts;

import com.segmint.engine.DraftRequest;
import com.segmint.engine.DraftWriter;
import com.segmint.engine.PlatformDraft;
import com.segmint.engine.PlatformDraft.Writer;
import com.segmint.engine.llm.LlmChat;
import com.segmint.engine.llm.LlmUnavailable;
import com.segmint.engine.tone.ToneChoice;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Drafts by the LLM when one is configured, fitted to the platform by the rules; by the rules alone
 * otherwise, or when the LLM fails (the note says why).
 */
@Service
class PlatformDrafts implements DraftWriter {

  private static final Logger log = LoggerFactory.getLogger(PlatformDrafts.class);

  private final Optional<LlmChat> llm;

  PlatformDrafts(ObjectProvider<LlmChat> llm) {
    this.llm = Optional.ofNullable(llm.getIfAvailable());
  }

  @Override
  public PlatformDraft write(DraftRequest request) {
    DraftPlatform platform = DraftPlatform.parse(request.platform());
    ToneChoice tone = ToneChoice.of(request.tone(), request.contentTone(), "tone");
    if (llm.isEmpty()) {
      return draft(platform, tone, Writer.rules, null, rules(platform, request, tone));
    }
    try {
      LlmDrafts.Written written =
          LlmDrafts.write(llm.get(), platform, request.title(), request.body(), tone);
      String title = written.title().isBlank() ? request.title() : written.title();
      Shaped shaped = PlatformFit.fit(platform, title, written.text(), List.of());
      String note = shaped.cut() ? "the LLM's draft was over the limit and cut to fit" : null;
      return draft(platform, tone, Writer.llm, note, shaped);
    } catch (LlmUnavailable e) {
      log.warn("LLM draft failed, written by the rules instead: {}", e.getMessage());
      String note = e.getMessage() + "; written by the rules instead";
      return draft(platform, tone, Writer.rules, note, rules(platform, request, tone));
    }
  }

  private static Shaped rules(DraftPlatform platform, DraftRequest request, ToneChoice tone) {
    return RuleDrafts.write(platform, request.title(), request.body(), tone);
  }

  private static PlatformDraft draft(
      DraftPlatform platform, ToneChoice tone, Writer writer, String note, Shaped shaped) {
    return new PlatformDraft(
        platform.code(),
        tone.name(),
        writer,
        note,
        shaped.title(),
        shaped.posts(),
        shaped.hashtags());
  }
}
