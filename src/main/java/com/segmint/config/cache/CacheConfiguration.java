package com.segmint.config.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;

/**
 * Spring Cache for read-mostly data: Redis, shared by every instance, when {@code
 * SEGMINT_REDIS_URL} is set; Caffeine in process otherwise. A cache that fails is skipped, never
 * fatal: the data comes from PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration implements CachingConfigurer {

  private static final Duration TTL = Duration.ofMinutes(10);

  @Bean
  RedisConnections redisConnections(
      @Value("${segmint.redis.url:}") String url,
      @Value("${segmint.redis.timeout:500ms}") Duration timeout) {
    return RedisConnections.to(url, timeout);
  }

  @Bean
  CacheManager cacheManager(RedisConnections redis) {
    return redis
        .factory()
        .<CacheManager>map(
            connections ->
                RedisCacheManager.builder(connections)
                    .cacheDefaults(
                        RedisCacheConfiguration.defaultCacheConfig()
                            .entryTtl(TTL)
                            .prefixCacheNameWith("segmint:"))
                    .build())
        .orElseGet(
            () -> {
              CaffeineCacheManager caffeine = new CaffeineCacheManager();
              caffeine.setCaffeine(Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(TTL));
              return caffeine;
            });
  }

  @Override
  public CacheErrorHandler errorHandler() {
    return new SkippingCacheErrorHandler();
  }
}
