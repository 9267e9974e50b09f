package com.segmint.engine.drafts;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.engine.llm.JsonReply;
import com.segmint.engine.llm.LlmChat;
import com.segmint.engine.llm.LlmUnavailable;
import com.segmint.engine.tone.ToneChoice;
import tools.jackson.databind.JsonNode;

/** A draft as the configured model writes it, before it is checked against the platform. */
final class LlmDrafts {

  private LlmDrafts() {}

  /** The model's title (may be blank) and text. */
  record Written(String title, String text) {}

  static Written write(
      LlmChat chat, SocialPlatform platform, String title, String body, ToneChoice tone) {
    JsonNode answer =
        JsonReply.parse(
            chat.ask(DraftPrompt.INSTRUCTIONS, DraftPrompt.question(platform, title, body, tone)));
    String text = answer.path("text").isString() ? answer.get("text").asString() : "";
    if (CleanText.of(text).isEmpty()) {
      throw new LlmUnavailable("the LLM's answer had no \"text\"");
    }
    String writtenTitle = answer.path("title").isString() ? answer.get("title").asString() : "";
    return new Written(writtenTitle, text);
  }
}
