package com.segmint.config.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.RedisServer;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With a real Redis the catalog is cached there; without it the API answers all the same. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisCacheTests {

  private static RedisServer redis;

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer tokens;
  @Autowired CacheManager caches;
  @Autowired RedisConnections connections;

  @DynamicPropertySource
  static void redis(DynamicPropertyRegistry properties) throws Exception {
    redis = RedisServer.start();
    properties.add("segmint.redis.url", redis::url);
  }

  @AfterAll
  static void stopRedis() throws Exception {
    if (redis.isRunning()) {
      redis.close();
    }
  }

  @Test
  @Order(1)
  void shouldCacheTheCatalogInRedis() throws Exception {
    assertThat(caches).isInstanceOf(RedisCacheManager.class);
    mvc.perform(get("/api/v1/platforms").header(HttpHeaders.AUTHORIZATION, bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(4));

    try (RedisConnection connection = connections.factory().orElseThrow().getConnection()) {
      Set<byte[]> keys =
          connection.keyCommands().keys("segmint:platforms*".getBytes(StandardCharsets.UTF_8));
      assertThat(keys).isNotEmpty();
    }
  }

  @Test
  @Order(2)
  void shouldStillAnswerFromTheDatabaseWhenRedisIsDown() throws Exception {
    redis.close();

    long started = System.nanoTime();
    mvc.perform(get("/api/v1/platforms").header(HttpHeaders.AUTHORIZATION, bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(4))
        .andExpect(jsonPath("$[?(@.code == 'LinkedIn')]").exists());
    assertThat((System.nanoTime() - started) / 1_000_000).as("ms, Redis down").isLessThan(5_000);
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
  }

  private String bearer() {
    int user = new Fixtures(TestDatabase.get().app()).user("creator");
    return "Bearer " + tokens.issue(user, "creator").token();
  }
}
