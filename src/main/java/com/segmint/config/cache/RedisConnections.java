package com.segmint.config.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.StringUtils;

/**
 * The connections to Redis when {@code segmint.redis.url} is set, none otherwise. Decided when the
 * service starts, not by a bean condition: Spring AOT would settle a condition at build time. While
 * Redis is unreachable, commands fail at once instead of queueing until a timeout.
 */
final class RedisConnections implements DisposableBean {

  private final LettuceConnectionFactory factory;

  private RedisConnections(LettuceConnectionFactory factory) {
    this.factory = factory;
  }

  static RedisConnections to(String url, Duration timeout) {
    if (!StringUtils.hasText(url)) {
      return new RedisConnections(null);
    }
    ClientOptions options =
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
            .build();
    LettuceConnectionFactory factory =
        new LettuceConnectionFactory(
            LettuceConnectionFactory.createRedisConfiguration(url),
            LettuceClientConfiguration.builder()
                .commandTimeout(timeout)
                .clientOptions(options)
                .build());
    factory.afterPropertiesSet();
    return new RedisConnections(factory);
  }

  Optional<LettuceConnectionFactory> factory() {
    return Optional.ofNullable(factory);
  }

  @Override
  public void destroy() {
    if (factory != null) {
      factory.destroy();
    }
  }
}
