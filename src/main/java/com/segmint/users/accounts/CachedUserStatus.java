package com.segmint.users.accounts;

import static com.segmint.common.schema.Tables.USERS;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.UserStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current role of a token's user, asked on every authenticated request: cached briefly, and
 * forgotten at once when this instance changes the role or deletes the user (other instances see it
 * within the TTL). Its hits and misses are the {@code cache.gets} metrics of {@value #CACHE}.
 */
@Component
class CachedUserStatus implements UserStatus {

  static final String CACHE = "user-roles";
  private static final Duration TTL = Duration.ofSeconds(30);

  private final DSLContext db;
  private final TransactionTemplate transactions;
  private final Cache<Integer, Optional<String>> roles =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(TTL).recordStats().build();

  CachedUserStatus(DSLContext db, TransactionTemplate transactions, MeterRegistry metrics) {
    this.db = db;
    this.transactions = transactions;
    CaffeineCacheMetrics.monitor(metrics, roles, CACHE);
  }

  @Override
  public Optional<String> activeRole(int userId) {
    return roles.get(userId, this::lookUp);
  }

  void forget(int userId) {
    roles.invalidate(userId);
  }

  private Optional<String> lookUp(int userId) {
    return DatabaseActors.callAs(
        DatabaseActor.system(),
        () ->
            transactions.execute(
                status ->
                    db.select(USERS.ROLE)
                        .from(USERS)
                        .where(USERS.ID.eq(userId).and(USERS.DELETED_AT.isNull()))
                        .fetchOptional(USERS.ROLE)
                        .map(role -> role.getLiteral())));
  }
}
