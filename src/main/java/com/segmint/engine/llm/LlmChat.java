package com.segmint.engine.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** One question to the configured chat model, answered with its text or {@link LlmUnavailable}. */
@Component
@Conditional(LlmConfigured.class)
public class LlmChat {

  private final ChatModel model;

  LlmChat(ChatModel model) {
    this.model = model;
  }

  public String ask(String instructions, String question) {
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
