package com.segmint.publishing.adapters;

import java.net.http.HttpRequest;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Looks for a video among the channel's latest uploads by its title, to settle an unknown outcome:
 * {@code channels?mine=true} names the uploads playlist, {@code playlistItems} lists it (cheap in
 * quota, unlike {@code search}).
 */
final class YouTubeChannel {

  private final YouTubeProperties properties;
  private final PlatformHttp http;

  YouTubeChannel(YouTubeProperties properties, PlatformHttp http) {
    this.properties = properties;
    this.http = http;
  }

  Optional<String> findRecentUpload(String title, String token) {
    try {
      String uploads =
          get("/youtube/v3/channels?part=contentDetails&mine=true", token)
              .path("items")
              .path(0)
              .path("contentDetails")
              .path("relatedPlaylists")
              .path("uploads")
              .asString("");
      if (uploads.isEmpty()) {
        return Optional.empty();
      }
      String path =
          "/youtube/v3/playlistItems?part=snippet&maxResults=25&playlistId="
              + Endpoints.encode(uploads);
      for (JsonNode item : get(path, token).path("items")) {
        if (item.path("snippet").path("title").asString("").equals(title)) {
          return Optional.of(item.path("snippet").path("resourceId").path("videoId").asString(""))
              .filter(id -> !id.isEmpty());
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
    return JsonBodies.read(http.prepare(call, token).body());
  }
}
