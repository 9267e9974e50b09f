package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The Instagram Graph API calls one publish makes. Everything before {@code media_publish} only
 * prepares (a container is not a post), so its failures never leave the outcome unknown.
 */
final class InstagramGraph {

  private final InstagramProperties properties;
  private final PlatformHttp http;

  InstagramGraph(InstagramProperties properties, PlatformHttp http) {
    this.properties = properties;
    this.http = http;
  }

  /** The Instagram professional account's id, the one its media live under. */
  String userId(String token) {
    HttpReply reply = http.prepare(get("/me?fields=user_id,username", token), token);
    return JsonBodies.require(
        JsonBodies.read(reply.body()).path("user_id"), reply, "user_id", PostErrorKind.transient_);
  }

  boolean quotaUsedUp(String userId, String token) {
    String path = "/" + userId + "/content_publishing_limit?fields=quota_usage,config";
    JsonNode limit = JsonBodies.read(http.prepare(get(path, token), token).body()).path("data");
    JsonNode first = limit.path(0);
    int total = first.path("config").path("quota_total").asInt(Integer.MAX_VALUE);
    return first.path("quota_usage").asInt(0) >= total;
  }

  String createContainer(String userId, Map<String, String> parameters, String token) {
    HttpReply reply = http.prepare(post("/" + userId + "/media", form(parameters), token), token);
    return JsonBodies.require(
        JsonBodies.read(reply.body()).path("id"), reply, "container id", PostErrorKind.transient_);
  }

  /** The container's {@code status_code} and the reply, whose {@code status} explains an ERROR. */
  HttpReply containerStatus(String containerId, String token) {
    return http.prepare(get("/" + containerId + "?fields=status_code,status", token), token);
  }

  /** The one call that publishes; answered raw, since error 9007 means "poll again". */
  HttpReply publish(String userId, String containerId, String token) {
    String path = "/" + userId + "/media_publish?creation_id=" + Endpoints.encode(containerId);
    return http.exchange(post(path, "", token), token);
  }

  /** The post's permalink, or null: the post is live whether or not this lookup works. */
  String permalink(String mediaId, String token) {
    try {
      HttpReply reply = http.prepare(get("/" + mediaId + "?fields=permalink", token), token);
      String permalink = JsonBodies.read(reply.body()).path("permalink").asString("");
      return permalink.isEmpty() ? null : permalink;
    } catch (PublishFailure failure) {
      return null;
    }
  }

  JsonNode recentMedia(String userId, String token) {
    String path = "/" + userId + "/media?fields=id,caption,permalink&limit=25";
    return JsonBodies.read(http.prepare(get(path, token), token).body()).path("data");
  }

  private HttpRequest.Builder get(String path, String token) {
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET();
  }

  private HttpRequest.Builder post(String path, String form, String token) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private URI uri(String path) {
    return Endpoints.under(properties.baseUrl(), "/" + properties.version() + path);
  }

  private static String form(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + Endpoints.encode(entry.getValue()))
        .collect(Collectors.joining("&"));
  }
}
