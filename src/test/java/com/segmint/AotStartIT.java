package com.segmint;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.segmint.support.LlmStub.CHAT;
import static com.segmint.support.LlmStub.answering;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.segmint.support.RedisServer;
import com.segmint.support.ServiceProcess;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar started AOT-processed ({@code -Dspring.aot.enabled=true}), as the fast start
 * runs it. Spring AOT settles bean conditions when the jar is built, on a machine with no LLM and
 * no Redis configured; a start with both configured must still use both.
 */
class AotStartIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort());
  private ServiceProcess service;

  @AfterEach
  void stop() throws InterruptedException {
    if (service != null) {
      service.terminate(Duration.ofSeconds(60));
    }
    llm.stop();
  }

  @Test
  void shouldStartAotProcessedAndStillTakeTheLlmAndRedisFromTheEnvironment() throws Exception {
    llm.start();
    llm.stubFor(
        post(CHAT).willReturn(answering("{\"title\": \"\", \"text\": \"We ship Monday.\"}")));
    try (RedisServer redis = RedisServer.start()) {
      Path data = Files.createTempDirectory(Path.of("target"), "aot-data-");
      Path log = data.resolve("service.log");
      service =
          ServiceProcess.startJar(
              Path.of(System.getProperty("segmint.jar")),
              List.of("-Dspring.aot.enabled=true", "-Xmx256m"),
              Map.of(
                  "SEGMINT_LLM_BASE_URL",
                  llm.baseUrl() + "/v1",
                  "SEGMINT_REDIS_URL",
                  redis.url(),
                  "SEGMINT_ENGINE_PRELOAD_MODEL",
                  "false",
                  "SEGMINT_ENGINE_BACKFILL_ENABLED",
                  "false"),
              data,
              ServiceProcess.freePort(),
              log);
      service.awaitHealthy(Duration.ofMinutes(3));
      assertThat(Files.readString(log)).contains("Starting AOT-processed SegmintApplication");

      send("POST", "/api/v1/auth/register", null, account(), 201);
      String token =
          send("POST", "/api/v1/auth/login", null, account(), 200).get("accessToken").asString();
      int content =
          send(
                  "POST",
                  "/api/v1/contents",
                  token,
                  Map.of("title", "Launch", "body", "We ship on Monday.", "tone", "casual"),
                  201)
              .get("id")
              .asInt();

      JsonNode draft =
          send("POST", "/api/v1/contents/" + content + "/drafts?platform=X", token, null, 200);
      assertThat(draft.get("writtenBy").asString()).isEqualTo("llm");
      llm.verify(postRequestedFor(urlEqualTo(CHAT)));

      send("GET", "/api/v1/platforms", token, null, 200);
      RedisClient client = RedisClient.create(redis.url());
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        assertThat(connection.sync().keys("segmint:platforms*")).isNotEmpty();
      } finally {
        client.shutdown();
      }
    }
  }

  private static Map<String, String> account() {
    return Map.of(
        "username", "ada", "email", "ada@example.com", "password", "correct horse battery");
  }

  private JsonNode send(String method, String path, String token, Object body, int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(service.uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(expected);
    return JSON.readTree(response.body());
  }
}
