package com.segmint.users.accounts;

import static com.segmint.common.schema.Tables.USERS;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.UserStatus;
import java.time.Duration;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether a token's user still exists, asked on every authenticated request: cached briefly, and
 * forgotten at once when this instance deletes the user (other instances see it within the TTL).
 */
@Component
class CachedUserStatus implements UserStatus {

  private static final Duration TTL = Duration.ofSeconds(30);

  private final DSLContext db;
  private final TransactionTemplate transactions;
  private final Cache<Integer, Boolean> active =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(TTL).build();

  CachedUserStatus(DSLContext db, TransactionTemplate transactions) {
    this.db = db;
    this.transactions = transactions;
  }

  @Override
  public boolean isActive(int userId) {
    return active.get(userId, this::lookUp);
  }

  void forget(int userId) {
    active.invalidate(userId);
  }

  private boolean lookUp(int userId) {
    return DatabaseActors.callAs(
        DatabaseActor.system(),
        () ->
            transactions.execute(
                status ->
                    db.fetchExists(USERS, USERS.ID.eq(userId).and(USERS.DELETED_AT.isNull()))));
  }
}
