package com.segmint.engine.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An OpenAI-compatible chat endpoint (OpenAI, Ollama, vLLM, LM Studio): used only when {@code
 * baseUrl} is set. A call waits at most {@code timeout}; a 429 or 5xx is retried up to {@code
 * maxRetries} times, after the endpoint's Retry-After when that is at most {@code maxRetryAfter} (a
 * longer one fails at once), else after {@code retryBackoff} doubled each time; a timeout is
 * retried once at most. {@code jsonResponseFormat} asks for {@code response_format: json_object};
 * turn it off for servers that reject it.
 */
@ConfigurationProperties("segmint.llm")
public record LlmProperties(
    String baseUrl,
    String apiKey,
    @DefaultValue("gpt-4o-mini") String model,
    @DefaultValue("30s") Duration timeout,
    @DefaultValue("2") int maxRetries,
    @DefaultValue("1024") int maxOutputTokens,
    @DefaultValue("10s") Duration maxRetryAfter,
    @DefaultValue("500ms") Duration retryBackoff,
    @DefaultValue("true") boolean jsonResponseFormat) {

  public LlmProperties {
    maxRetries = Math.max(0, Math.min(maxRetries, 5));
    maxOutputTokens = Math.max(64, maxOutputTokens);
  }

  /** Never shows the key, so the properties can be logged or printed safely. */
  @Override
  public String toString() {
    return "LlmProperties[baseUrl=%s, model=%s, timeout=%s, maxRetries=%d, apiKey=%s]"
        .formatted(
            baseUrl,
            model,
            timeout,
            maxRetries,
            apiKey == null || apiKey.isBlank() ? "none" : "****");
  }
}
