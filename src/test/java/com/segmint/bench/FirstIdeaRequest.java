package com.segmint.bench;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.engine.CreatorCorpus;
import com.segmint.engine.CreatorCorpus.Creator;
import com.segmint.support.Fixtures;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first idea request of a creator with 500 past contents, through HTTP: once for contents
 * created through the API (embedded on save, waited for), once for contents written straight into
 * the table (nothing embedded: the request embeds the whole history, as every first request did).
 */
final class FirstIdeaRequest {

  private static final int PAST_CONTENTS = 500;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Creator BAKER = CreatorCorpus.BAKER;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final AccessTokenIssuer issuer;
  private final Fixtures fixtures;

  FirstIdeaRequest(ConfigurableApplicationContext context, Fixtures fixtures) {
    this.base =
        "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/api/v1";
    this.issuer = context.getBean(AccessTokenIssuer.class);
    this.fixtures = fixtures;
  }

  void measure() throws IOException, InterruptedException {
    int creator = fixtures.user("creator");
    String token = issuer.issue(creator, "creator").token();
    long start = System.nanoTime();
    for (int i = 0; i < PAST_CONTENTS; i++) {
      String[] post = BAKER.posts().get(i % BAKER.posts().size()).split("\n", 2);
      create(token, post[0] + " (api " + i + ")", post[1] + " Loaf " + i + ".");
    }
    long created = millis(start);
    awaitEmbeddedOnSave();
    long embedded = millis(start);
    int content = create(token, BAKER.title() + " (api)", BAKER.body());
    awaitEmbeddedOnSave();
    System.out.printf(
        "first request, %d contents created through the API (%d ms; embedded on save by %d ms):"
            + " %d ms%n",
        PAST_CONTENTS, created, embedded, timeIdeas(token, content));
    int cold = fixtures.user("creator");
    for (int i = 0; i < PAST_CONTENTS; i++) {
      String[] post = BAKER.posts().get(i % BAKER.posts().size()).split("\n", 2);
      fixtures.content(cold, post[0] + " (sql " + i + ")", post[1] + " Crumb " + i + ".");
    }
    int coldContent = fixtures.content(cold, BAKER.title() + " (sql)", BAKER.body());
    System.out.printf(
        "first request, %d contents written without embed-on-save: %d ms%n",
        PAST_CONTENTS, timeIdeas(issuer.issue(cold, "creator").token(), coldContent));
  }

  private long timeIdeas(String token, int content) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> answer = post(token, "/contents/" + content + "/ideas", "{\"count\":10}");
    long took = millis(start);
    if (answer.statusCode() != 201 || JSON.readTree(answer.body()).get("ideas").size() != 10) {
      throw new IllegalStateException("ideas answered " + answer.statusCode() + answer.body());
    }
    return took;
  }

  private int create(String token, String title, String body)
      throws IOException, InterruptedException {
    String json = JSON.writeValueAsString(Map.of("title", title, "body", body, "tone", "casual"));
    HttpResponse<String> answer = post(token, "/contents", json);
    if (answer.statusCode() != 201) {
      throw new IllegalStateException("create answered " + answer.statusCode() + answer.body());
    }
    return JSON.readTree(answer.body()).get("id").asInt();
  }

  private HttpResponse<String> post(String token, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Until every content event has been handled: its publication is complete. */
  private static void awaitEmbeddedOnSave() throws InterruptedException {
    while (Sessions.call(
            TestDatabase.get().superuser(),
            null,
            sql ->
                sql.queryForObject(
                    "SELECT count(*) FROM segmint.event_publication"
                        + " WHERE event_type LIKE '%ContentTextChanged'"
                        + " AND completion_date IS NULL",
                    Integer.class))
        > 0) {
      Thread.sleep(50);
    }
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
