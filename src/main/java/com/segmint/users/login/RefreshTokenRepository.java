package com.segmint.users.login;

import static com.segmint.common.schema.Tables.REFRESH_TOKEN;
import static com.segmint.common.schema.Tables.USERS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RefreshTokenRepository {

  private final DSLContext db;

  RefreshTokenRepository(DSLContext db) {
    this.db = db;
  }

  void insert(int userId, UUID familyId, byte[] tokenHash, Instant expiresAt) {
    db.insertInto(REFRESH_TOKEN)
        .set(REFRESH_TOKEN.USER_ID, userId)
        .set(REFRESH_TOKEN.FAMILY_ID, familyId)
        .set(REFRESH_TOKEN.TOKEN_HASH, tokenHash)
        .set(REFRESH_TOKEN.EXPIRES_AT, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
        .execute();
  }

  /** The token with this hash, locked until the transaction ends so it is rotated only once. */
  Optional<StoredRefreshToken> lockByHash(byte[] tokenHash) {
    return db.select(
            REFRESH_TOKEN.ID,
            REFRESH_TOKEN.USER_ID,
            REFRESH_TOKEN.FAMILY_ID,
            REFRESH_TOKEN.EXPIRES_AT,
            REFRESH_TOKEN.USED_AT,
            REFRESH_TOKEN.REVOKED_AT,
            USERS.ROLE,
            USERS.DELETED_AT)
        .from(REFRESH_TOKEN)
        .join(USERS)
        .on(USERS.ID.eq(REFRESH_TOKEN.USER_ID))
        .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash))
        .forUpdate()
        .of(REFRESH_TOKEN)
        .fetchOptional(
            row ->
                new StoredRefreshToken(
                    row.get(REFRESH_TOKEN.ID),
                    row.get(REFRESH_TOKEN.USER_ID),
                    row.get(REFRESH_TOKEN.FAMILY_ID),
                    row.get(REFRESH_TOKEN.EXPIRES_AT).toInstant(),
                    row.get(REFRESH_TOKEN.USED_AT) != null,
                    row.get(REFRESH_TOKEN.REVOKED_AT) != null,
                    row.get(USERS.ROLE).getLiteral(),
                    row.get(USERS.DELETED_AT) == null));
  }

  void markUsed(long id) {
    db.update(REFRESH_TOKEN)
        .set(REFRESH_TOKEN.USED_AT, DSL.currentOffsetDateTime())
        .where(REFRESH_TOKEN.ID.eq(id))
        .execute();
  }

  Optional<UUID> familyOf(byte[] tokenHash) {
    return db.select(REFRESH_TOKEN.FAMILY_ID)
        .from(REFRESH_TOKEN)
        .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash))
        .fetchOptional(REFRESH_TOKEN.FAMILY_ID);
  }

  void revokeFamily(UUID familyId) {
    db.update(REFRESH_TOKEN)
        .set(REFRESH_TOKEN.REVOKED_AT, DSL.currentOffsetDateTime())
        .where(REFRESH_TOKEN.FAMILY_ID.eq(familyId).and(REFRESH_TOKEN.REVOKED_AT.isNull()))
        .execute();
  }

  void revokeAllOf(int userId) {
    db.update(REFRESH_TOKEN)
        .set(REFRESH_TOKEN.REVOKED_AT, DSL.currentOffsetDateTime())
        .where(REFRESH_TOKEN.USER_ID.eq(userId).and(REFRESH_TOKEN.REVOKED_AT.isNull()))
        .execute();
  }
}
