package com.segmint.publishing.adapters;

import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Looks for a post among the account's latest ones ({@code GET /2/users/me}, then {@code GET
 * /2/users/:id/tweets}) to settle an unknown outcome. X shortens every link to t.co and
 * HTML-escapes {@code & < >} in what it returns, so texts are compared with links and escapes
 * normalised.
 */
final class XTimeline {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final XProperties properties;
  private final PlatformHttp http;

  XTimeline(XProperties properties, PlatformHttp http) {
    this.properties = properties;
    this.http = http;
  }

  Optional<String> findRecent(String text, String token) {
    try {
      String userId = get("/2/users/me", token).path("data").path("id").asString("");
      if (userId.isEmpty()) {
        return Optional.empty();
      }
      String path = "/2/users/" + userId + "/tweets?max_results=20&exclude=replies,retweets";
      for (JsonNode tweet : get(path, token).path("data")) {
        if (comparable(tweet.path("text").asString("")).equals(comparable(text))) {
          return Optional.of(tweet.path("id").asString("")).filter(id -> !id.isEmpty());
        }
      }
      return Optional.empty();
    } catch (PublishFailure failure) {
      return Optional.empty();
    }
  }

  private JsonNode get(String path, String token) {
    HttpRequest.Builder call =
        HttpRequest.newBuilder(Endpoints.under(properties.baseUrl(), path))
            .header("Authorization", "Bearer " + token)
            .GET();
    return JsonBodies.read(http.read(call, token).body());
  }

  static String comparable(String text) {
    String unescaped = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    String withoutLinks = LINK.matcher(unescaped).replaceAll("<link>");
    return SPACE.matcher(withoutLinks).replaceAll(" ").trim();
  }
}
