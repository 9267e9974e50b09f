package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** JSON in and out of platform calls; an unreadable body reads as a missing node. */
final class JsonBodies {

  private static final JsonMapper MAPPER = JsonMapper.shared();

  private JsonBodies() {}

  static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  static JsonNode read(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return MAPPER.readTree(body);
    } catch (JacksonException unreadable) {
      return MissingNode.getInstance();
    }
  }

  /**
   * The text at {@code node}, or a failure of {@code kind} naming what was missing: after a post
   * was accepted that kind is unknown_outcome, since the post may be live without its id.
   */
  static String require(JsonNode node, HttpReply reply, String what, PostErrorKind kind) {
    String value = node.isValueNode() && !node.isNull() ? node.asString() : "";
    if (value.isEmpty()) {
      throw new PublishFailure(
          HttpFailures.fromReply(kind, "the platform's answer held no " + what, reply, null));
    }
    return value;
  }
}
