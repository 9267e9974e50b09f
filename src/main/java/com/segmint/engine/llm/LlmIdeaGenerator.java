package com.segmint.engine.llm;

import com.segmint.engine.generation.GeneratedIdea;
import com.segmint.engine.generation.IdeaBrief;
import com.segmint.engine.generation.IdeaGenerationFailed;
import com.segmint.engine.generation.IdeaGenerator;
import com.segmint.engine.generation.IdeaSource;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Ideas from the configured chat model, asked for as JSON and repaired or refused. */
@Component
class LlmIdeaGenerator implements IdeaGenerator {

  private static final Logger log = LoggerFactory.getLogger(LlmIdeaGenerator.class);

  private final LlmChat chat;

  LlmIdeaGenerator(LlmChat chat) {
    this.chat = chat;
  }

  @Override
  public IdeaSource source() {
    return IdeaSource.llm;
  }

  @Override
  public boolean available() {
    return chat.configured();
  }

  @Override
  public List<GeneratedIdea> generate(IdeaBrief brief) {
    try {
      String answer = chat.ask(IdeaPrompt.INSTRUCTIONS, IdeaPrompt.question(brief));
      return IdeaReply.ideas(JsonReply.parse(answer)).stream()
          .map(text -> new GeneratedIdea(text, IdeaSource.llm))
          .toList();
    } catch (LlmUnavailable e) {
      log.warn("LLM idea generation failed: {}", e.getMessage());
      throw new IdeaGenerationFailed(e.getMessage(), e);
    }
  }
}
