package com.segmint.config.cache;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.interceptor.CacheErrorHandler;

/**
 * Treats a failing cache as an empty one: a read falls through to the database, a write or eviction
 * is dropped. Logs the first failure and then at most one a minute.
 */
class SkippingCacheErrorHandler implements CacheErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(SkippingCacheErrorHandler.class);
  private static final long LOG_INTERVAL_MILLIS = 60_000;

  private final AtomicLong lastLogged = new AtomicLong();

  @Override
  public void handleCacheGetError(RuntimeException failure, Cache cache, Object key) {
    report("read from", cache, failure);
  }

  @Override
  public void handleCachePutError(RuntimeException failure, Cache cache, Object key, Object value) {
    report("write to", cache, failure);
  }

  @Override
  public void handleCacheEvictError(RuntimeException failure, Cache cache, Object key) {
    report("evict from", cache, failure);
  }

  @Override
  public void handleCacheClearError(RuntimeException failure, Cache cache) {
    report("clear", cache, failure);
  }

  private void report(String action, Cache cache, RuntimeException failure) {
    long now = System.currentTimeMillis();
    long last = lastLogged.get();
    if (now - last >= LOG_INTERVAL_MILLIS && lastLogged.compareAndSet(last, now)) {
      log.warn(
          "Cache unavailable: could not {} {} ({}); serving from the database",
          action,
          cache.getName(),
          failure.getMessage());
    }
  }
}
