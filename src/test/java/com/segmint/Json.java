package com.segmint;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON by hand so that hostile values keep their shape: control characters and every
 * surrogate are {@code \\u}-escaped (a lone surrogate reaches the server as such), and {@link Raw}
 * fragments (numbers out of range, deep nesting) are written as they are.
 */
final class Json {

  private Json() {}

  /** A JSON fragment written verbatim. */
  record Raw(String json) {}

  static String write(Object value) {
    StringBuilder json = new StringBuilder();
    write(value, json);
    return json.toString();
  }

  private static void write(Object value, StringBuilder json) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof Raw raw) {
      json.append(raw.json());
    } else if (value instanceof String text) {
      string(text, json);
    } else if (value instanceof Number || value instanceof Boolean) {
      json.append(value);
    } else if (value instanceof Map<?, ?> map) {
      object(map, json);
    } else if (value instanceof List<?> list) {
      json.append('[');
      for (int i = 0; i < list.size(); i++) {
        json.append(i == 0 ? "" : ",");
        write(list.get(i), json);
      }
      json.append(']');
    } else {
      throw new IllegalArgumentException("Not JSON: " + value.getClass());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder json) {
    json.append('{');
    String separator = "";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      json.append(separator);
      string(String.valueOf(entry.getKey()), json);
      json.append(':');
      write(entry.getValue(), json);
      separator = ",";
    }
    json.append('}');
  }

  private static void string(String text, StringBuilder json) {
    json.append('"');
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        json.append("\\u%04x".formatted((int) c));
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }
}
