package com.segmint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;

/**
 * One hostile call. {@code defective} cases have at least one thing no valid call has, so they must
 * be refused with a 4xx; the others are odd but may be valid, so they may also succeed.
 */
record HostileCase(
    HttpMethod method,
    String path,
    String contentType,
    String body,
    String ifMatch,
    boolean defective,
    String why) {

  static final String JSON = "application/json";

  HostileCase withPath(String newPath, boolean pathDefective, String pathWhy) {
    return new HostileCase(
        method, newPath, contentType, body, ifMatch, defective || pathDefective, why + pathWhy);
  }

  HostileCase withIfMatch(String tag, boolean tagDefective) {
    return new HostileCase(
        method, path, contentType, body, tag, defective || tagDefective, why + " If-Match=" + tag);
  }

  HostileCase asValid(String validWhy) {
    return new HostileCase(method, path, contentType, body, ifMatch, false, validWhy);
  }

  @Override
  public String toString() {
    String shown = body == null || body.length() < 300 ? body : body.substring(0, 300) + "...";
    return "%s %s [%s] If-Match=%s defective=%s (%s) %s"
        .formatted(method, path, contentType, ifMatch, defective, why, shown);
  }

  /** A JSON document from a valid body with some fields replaced. */
  static HostileCase of(
      HttpMethod method, String path, Map<String, Object> valid, List<Mutation> mutations) {
    Map<String, Object> body = new LinkedHashMap<>(valid);
    Map<String, Boolean> defects = new LinkedHashMap<>();
    StringBuilder why = new StringBuilder();
    for (Mutation mutation : mutations) {
      if (mutation.value() == Mutation.ABSENT) {
        body.remove(mutation.field());
      } else {
        body.put(mutation.field(), mutation.value());
      }
      defects.put(mutation.field(), mutation.defective());
      why.append(mutation.field()).append(':').append(mutation.kind()).append(' ');
    }
    boolean defective = defects.containsValue(true);
    return new HostileCase(
        method, path, JSON, Json.write(body), null, defective, why.toString().trim());
  }

  /** A body that is not the JSON document the endpoint reads at all. */
  static HostileCase document(HttpMethod method, String path, Document document) {
    return new HostileCase(
        method, path, document.contentType(), document.body(), null, true, document.kind());
  }

  /** A field set to a value: {@code defective} if no valid request carries it. */
  record Mutation(String field, Object value, boolean defective, String kind) {
    static final Object ABSENT = new Object();
  }

  /** A whole body: broken JSON, the wrong shape, or the wrong media type. */
  record Document(String contentType, String body, String kind) {}
}
