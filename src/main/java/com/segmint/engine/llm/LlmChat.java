package com.segmint.engine.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * One question to the configured chat model, answered with its text or {@link LlmUnavailable}.
 * Whether a model is configured ({@code segmint.llm.base-url} has text) is decided here when the
 * service starts, not by a bean condition: Spring AOT would settle a condition at build time.
 */
@Component
public class LlmChat {

  private static final Logger log = LoggerFactory.getLogger(LlmChat.class);

  private final ChatModel model;

  @Autowired
  LlmChat(LlmProperties properties) {
    this(
        StringUtils.hasText(properties.baseUrl()) ? ChatModels.openAiCompatible(properties) : null);
    if (model != null) {
      log.info("LLM generation enabled: {}", properties);
    }
  }

  LlmChat(ChatModel model) {
    this.model = model;
  }

  /** A chat with no model configured: {@link #configured()} is false. */
  public static LlmChat none() {
    return new LlmChat((ChatModel) null);
  }

  public boolean configured() {
    return model != null;
  }

  /**
   * @throws LlmUnavailable when the model fails or answers nothing, or when none is configured
   */
  public String ask(String instructions, String question) {
    if (model == null) {
      throw new LlmUnavailable("no LLM is configured");
    }
    ChatResponse response;
    try {
      response =
          model.chat(
              ChatRequest.builder()
                  .messages(SystemMessage.from(instructions), UserMessage.from(question))
                  .build());
    } catch (RuntimeException e) {
      throw LlmUnavailable.from(e);
    }
    String text = response.aiMessage() == null ? null : response.aiMessage().text();
    if (text == null || text.isBlank()) {
      throw new LlmUnavailable("the LLM answered with no text");
    }
    return text;
  }
}
