package com.segmint.engine.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The ideas in a model's JSON answer. Accepts {@code {"ideas":[{"text":…}]}} and what models
 * commonly send instead: a bare array, plain strings for ideas, another name for the one list,
 * extra fields (ignored). Ideas without text, or longer than {@value #MAX_LENGTH} characters, are
 * dropped; an answer left with none is refused.
 */
final class IdeaReply {

  static final int MAX_LENGTH = 1_000;

  private IdeaReply() {}

  static List<String> ideas(JsonNode answer) {
    Map<String, String> unique = new LinkedHashMap<>();
    for (JsonNode item : list(answer)) {
      String text = textOf(item).replaceAll("\\s+", " ").strip();
      if (!text.isEmpty() && text.length() <= MAX_LENGTH) {
        unique.putIfAbsent(text.toLowerCase(Locale.ROOT), text);
      }
    }
    if (unique.isEmpty()) {
      throw new LlmUnavailable("the LLM's answer held no usable idea");
    }
    return new ArrayList<>(unique.values());
  }

  private static JsonNode list(JsonNode answer) {
    if (answer.isArray()) {
      return answer;
    }
    if (answer.path("ideas").isArray()) {
      return answer.get("ideas");
    }
    List<JsonNode> arrays = answer.valueStream().filter(JsonNode::isArray).toList();
    if (arrays.size() == 1) {
      return arrays.get(0);
    }
    throw new LlmUnavailable("the LLM's answer had no \"ideas\" list");
  }

  private static String textOf(JsonNode item) {
    if (item.isString()) {
      return item.asString();
    }
    for (String field : List.of("text", "idea", "title")) {
      if (item.path(field).isString()) {
        return item.get(field).asString();
      }
    }
    return "";
  }
}
