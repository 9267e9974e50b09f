package com.segmint.publishing.adapters;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A platform's response as the error table keeps it: header names in lower case without the ones
 * that can carry credentials, and the body with the caller's token blanked out.
 */
record HttpReply(int status, Map<String, String> headers, String body) {

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "set-cookie", "cookie");

  static HttpReply of(HttpResponse<String> response, String token) {
    Map<String, String> headers = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              if (!SECRET_HEADERS.contains(lower) && !lower.startsWith(":")) {
                headers.put(lower, String.join(", ", values));
              }
            });
    return new HttpReply(
        response.statusCode(), Map.copyOf(headers), redact(response.body(), token));
  }

  static String redact(String text, String token) {
    if (text == null || token == null || token.isEmpty()) {
      return text;
    }
    return text.replace(token, "[redacted]");
  }

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }
}
