package com.segmint.users.oauth;

import static com.segmint.common.schema.Tables.OAUTH_AUTHORIZATION;

import com.segmint.common.schema.enums.SocialPlatform;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The oauth_authorization rows: connects in progress, found by the hash of their state. */
@Repository
class AuthorizationRepository {

  private final DSLContext db;

  AuthorizationRepository(DSLContext db) {
    this.db = db;
  }

  void insert(
      int userId,
      SocialPlatform platform,
      byte[] stateHash,
      String encryptedVerifier,
      OffsetDateTime expiresAt) {
    db.insertInto(OAUTH_AUTHORIZATION)
        .set(OAUTH_AUTHORIZATION.USER_ID, userId)
        .set(OAUTH_AUTHORIZATION.PLATFORM, platform)
        .set(OAUTH_AUTHORIZATION.STATE_HASH, stateHash)
        .set(OAUTH_AUTHORIZATION.CODE_VERIFIER, encryptedVerifier)
        .set(OAUTH_AUTHORIZATION.EXPIRES_AT, expiresAt)
        .execute();
  }

  /** Marks an unused, unexpired authorization used and returns it: at most once per state. */
  Optional<PendingAuthorization> redeem(byte[] stateHash) {
    return db.update(OAUTH_AUTHORIZATION)
        .set(OAUTH_AUTHORIZATION.USED_AT, DSL.currentOffsetDateTime())
        .where(OAUTH_AUTHORIZATION.STATE_HASH.eq(stateHash))
        .and(OAUTH_AUTHORIZATION.USED_AT.isNull())
        .and(OAUTH_AUTHORIZATION.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
        .returningResult(
            OAUTH_AUTHORIZATION.USER_ID,
            OAUTH_AUTHORIZATION.PLATFORM,
            OAUTH_AUTHORIZATION.CODE_VERIFIER)
        .fetchOptional(Records.mapping(PendingAuthorization::new));
  }

  /** Why a state did not redeem: empty when it was never issued (or is long gone). */
  Optional<String> whyNotRedeemable(byte[] stateHash) {
    return db.select(OAUTH_AUTHORIZATION.USED_AT)
        .from(OAUTH_AUTHORIZATION)
        .where(OAUTH_AUTHORIZATION.STATE_HASH.eq(stateHash))
        .fetchOptional(row -> row.value1() != null ? "has already been used" : "has expired");
  }

  int deleteExpiredBefore(OffsetDateTime cutoff) {
    return db.deleteFrom(OAUTH_AUTHORIZATION)
        .where(OAUTH_AUTHORIZATION.EXPIRES_AT.lt(cutoff))
        .execute();
  }
}
