package com.segmint.publishing.adapters;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds call addresses under a configured base URL, which may carry a path of its own. */
final class Endpoints {

  private Endpoints() {}

  static URI under(URI base, String path) {
    String root = base.toString();
    String trimmed = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    return URI.create(trimmed + (path.startsWith("/") ? path : "/" + path));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
