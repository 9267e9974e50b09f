package com.segmint.engine.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.springframework.util.StringUtils;

/**
 * The chat model of an OpenAI-compatible endpoint. Retries are ours (see {@link
 * RetryingHttpClient}), so LangChain4j's own are off; so is its request and response logging, which
 * would print the Authorization header.
 */
final class ChatModels {

  private ChatModels() {}

  static ChatModel openAiCompatible(LlmProperties properties) {
    OpenAiChatModel.OpenAiChatModelBuilder builder =
        OpenAiChatModel.builder()
            .baseUrl(properties.baseUrl())
            .apiKey(StringUtils.hasText(properties.apiKey()) ? properties.apiKey() : null)
            .modelName(properties.model())
            .timeout(properties.timeout())
            .maxTokens(properties.maxOutputTokens())
            .maxRetries(0)
            .logRequests(false)
            .logResponses(false)
            .httpClientBuilder(new RetryingHttpClient.Builder(RetryPolicy.of(properties)));
    if (properties.jsonResponseFormat()) {
      builder.responseFormat(ResponseFormat.JSON);
    }
    return builder.build();
  }
}
