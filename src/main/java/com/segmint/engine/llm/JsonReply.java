package com.segmint.engine.llm;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON document inside a model's answer. Repairs what models commonly add around or inside it
 * (a Markdown code fence, prose before or after, trailing commas, single quotes, comments); an
 * answer with no parseable document is refused.
 */
public final class JsonReply {

  private static final JsonMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();

  private JsonReply() {}

  public static JsonNode parse(String answer) {
    int object = answer.indexOf('{');
    int array = answer.indexOf('[');
    if (object < 0 && array < 0) {
      throw new LlmUnavailable("the LLM's answer held no JSON");
    }
    boolean objectFirst = array < 0 || (object >= 0 && object < array);
    JsonNode first = between(answer, objectFirst ? '{' : '[', objectFirst ? '}' : ']');
    JsonNode second =
        first != null ? null : between(answer, objectFirst ? '[' : '{', objectFirst ? ']' : '}');
    if (first == null && second == null) {
      throw new LlmUnavailable("the LLM's answer was malformed JSON");
    }
    return first != null ? first : second;
  }

  private static JsonNode between(String answer, char open, char close) {
    int start = answer.indexOf(open);
    int end = answer.lastIndexOf(close);
    if (start < 0 || end < start) {
      return null;
    }
    try {
      return LENIENT.readTree(answer.substring(start, end + 1));
    } catch (JacksonException e) {
      return null;
    }
  }
}
