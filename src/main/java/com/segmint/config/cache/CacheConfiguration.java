package com.segmint.config.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Spring Cache for read-mostly data: Redis, shared by every instance, when {@code
 * SEGMINT_REDIS_URL} is set; Caffeine in process otherwise. A cache that fails is skipped, never
 * fatal: the data comes from PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration implements CachingConfigurer {

  private static final Duration TTL = Duration.ofMinutes(10);
  private static final String REDIS_CONFIGURED = "!'${segmint.redis.url:}'.isBlank()";

  /** While Redis is unreachable, commands fail at once instead of queueing until a timeout. */
  @Bean
  @ConditionalOnExpression(REDIS_CONFIGURED)
  LettuceConnectionFactory redisConnectionFactory(
      @Value("${segmint.redis.url}") String url,
      @Value("${segmint.redis.timeout:500ms}") Duration timeout) {
    ClientOptions options =
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
            .build();
    return new LettuceConnectionFactory(
        LettuceConnectionFactory.createRedisConfiguration(url),
        LettuceClientConfiguration.builder()
            .commandTimeout(timeout)
            .clientOptions(options)
            .build());
  }

  @Bean
  CacheManager cacheManager(ObjectProvider<LettuceConnectionFactory> redis) {
    LettuceConnectionFactory connections = redis.getIfAvailable();
    if (connections == null) {
      CaffeineCacheManager caffeine = new CaffeineCacheManager();
      caffeine.setCaffeine(Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(TTL));
      return caffeine;
    }
    return RedisCacheManager.builder(connections)
        .cacheDefaults(
            RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(TTL)
                .prefixCacheNameWith("segmint:"))
        .build();
  }

  @Override
  public CacheErrorHandler errorHandler() {
    return new SkippingCacheErrorHandler();
  }
}
