package com.segmint.publishing.dispatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.segmint.common.DatabaseActor;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.config.database.DatabaseEndpoint;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.ServiceProcess;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import com.segmint.support.TestKeyset;
import com.segmint.users.SocialProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The headline guarantee: 10,000 due posts, two real service processes with two dispatcher threads
 * each, one of them killed with {@code kill -9} halfway, against an X stub that records every post
 * it receives. No post reaches X twice, and every post ends posted, failed or unknown.
 */
@SegmintIntegrationTest
@Import(TestPublishers.class)
class NeverTwiceTests {

  private static final int POSTS = 10_000;
  private static final Duration LEASE = Duration.ofSeconds(5);

  /** Generous: on a shared 2-core machine a service JVM can take minutes to start. */
  private static final Duration STARTUP = Duration.ofSeconds(300);

  @Autowired SocialProfiles profiles;

  private final WireMockServer x =
      new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(16));
  private ServiceProcess first;
  private ServiceProcess second;
  private DuePosts posts;

  @AfterEach
  void stopEverything() throws InterruptedException {
    for (ServiceProcess process : new ServiceProcess[] {first, second}) {
      if (process != null) {
        process.kill();
      }
    }
    x.stop();
    if (posts != null) {
      posts.deleteAll();
    }
  }

  @Test
  void shouldNeverPublishAPostTwiceWhenAnInstanceIsKilledMidway() throws Exception {
    x.start();
    x.stubFor(
        post("/2/tweets")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":{\"id\":\"1860000000000000000\",\"text\":\"ok\"}}")));
    posts = new DuePosts(profiles);
    int profile = posts.profile(SocialPlatform.Twitter);
    List<Integer> due = posts.dueAt(profile, SocialPlatform.Twitter, POSTS, Instant.now());
    Path logs = Files.createDirectories(Path.of("target", "never-twice"));

    long started = System.nanoTime();
    first = start(logs.resolve("first.log"));
    second = start(logs.resolve("second.log"));
    first.awaitHealthy(STARTUP);
    second.awaitHealthy(STARTUP);
    awaitCount(due, "status = 'posted'", POSTS / 4, Duration.ofSeconds(300));
    first.kill();
    Duration killedAfter = Duration.ofNanos(System.nanoTime() - started);
    awaitCount(due, "status IN ('posted', 'failed', 'unknown')", POSTS, Duration.ofSeconds(300));

    Map<String, Long> seen = textsSeenByX();
    Map<String, Long> byStatus = statuses(due);
    System.out.printf(
        "never twice: first instance killed after %s, all settled after %s: %s, X saw %d posts%n",
        killedAfter, Duration.ofNanos(System.nanoTime() - started), byStatus, seen.size());
    assertThat(seen.values()).allSatisfy(times -> assertThat(times).isEqualTo(1L));
    assertThat(byStatus.keySet()).isSubsetOf("posted", "failed", "unknown");
    assertThat(byStatus.getOrDefault("posted", 0L)).isLessThanOrEqualTo(seen.size());
    assertThat(byStatus.getOrDefault("posted", 0L)).isGreaterThan(POSTS / 2);
  }

  private ServiceProcess start(Path log) throws Exception {
    DatabaseEndpoint database = TestDatabase.get().endpoint();
    return ServiceProcess.start(
        Files.createTempDirectory(Path.of("target"), "never-twice-"),
        ServiceProcess.freePort(),
        log,
        "--segmint.database.url=" + database.url(),
        "--segmint.database.username=" + database.ownerUser(),
        "--segmint.database.app-username=" + database.appUser(),
        "--segmint.database.pool-size=4",
        "--segmint.jwt.secret="
            + Base64.getEncoder().encodeToString("never-twice-".repeat(4).getBytes()),
        "--segmint.keyset.path=" + TestKeyset.path(),
        "--segmint.dispatcher.threads=2",
        "--segmint.dispatcher.batch-size=20",
        "--segmint.dispatcher.lease=" + LEASE.toSeconds() + "s",
        "--segmint.dispatcher.poll-interval=100ms",
        "--segmint.dispatcher.recovery-interval=1s",
        "--segmint.platforms.x.base-url=" + x.baseUrl(),
        "--logging.level.root=WARN");
  }

  private Map<String, Long> textsSeenByX() {
    return x.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .filter(request -> request.getUrl().equals("/2/tweets"))
        .map(request -> request.getBodyAsString())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static void awaitCount(
      List<Integer> posts, String condition, int atLeast, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long count = 0;
    while (System.nanoTime() < deadline) {
      count = count(posts, condition);
      if (count >= atLeast) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("only %d posts with %s after %s".formatted(count, condition, timeout));
  }

  private static long count(List<Integer> posts, String condition) {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.platform_post WHERE id = ANY(?) AND " + condition,
                Long.class,
                (Object) posts.toArray(Integer[]::new)));
  }

  private static Map<String, Long> statuses(List<Integer> posts) {
    return Sessions.call(
            TestDatabase.get().app(),
            DatabaseActor.system(),
            sql ->
                sql.queryForList(
                    "SELECT status::text AS status, count(*) AS n FROM segmint.platform_post"
                        + " WHERE id = ANY(?) GROUP BY status",
                    (Object) posts.toArray(Integer[]::new)))
        .stream()
        .collect(
            Collectors.toMap(
                row -> row.get("status").toString(), row -> ((Number) row.get("n")).longValue()));
  }
}
