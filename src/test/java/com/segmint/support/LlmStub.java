package com.segmint.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Answers of an OpenAI-compatible {@code /v1/chat/completions} endpoint, for WireMock stubs. */
public final class LlmStub {

  public static final String CHAT = "/v1/chat/completions";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private LlmStub() {}

  /** A completed chat answer whose message content is {@code content}, verbatim. */
  public static ResponseDefinitionBuilder answering(String content) {
    Map<String, Object> message = Map.of("role", "assistant", "content", content);
    Map<String, Object> body =
        Map.of(
            "id",
            "chatcmpl-stub",
            "object",
            "chat.completion",
            "created",
            1_764_000_000,
            "model",
            "stub-model",
            "choices",
            List.of(Map.of("index", 0, "message", message, "finish_reason", "stop")),
            "usage",
            Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20));
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(JSON.writeValueAsString(body));
  }

  public static ResponseDefinitionBuilder failing(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"message\":\"Incorrect API key provided: sk-s****cret\"}}");
  }
}
