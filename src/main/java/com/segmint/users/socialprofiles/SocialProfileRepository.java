package com.segmint.users.socialprofiles;

import static com.segmint.common.schema.Tables.SOCIAL_PROFILE;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.common.schema.tables.records.SocialProfileRecord;
import com.segmint.users.NewSocialProfile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.Sequence;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** The social_profile rows; it sees only ciphertexts, the service encrypts and decrypts. */
@Repository
class SocialProfileRepository {

  /** The sequence of the SERIAL id; jOOQ generates no class for a column's own sequence. */
  private static final Sequence<Integer> IDS =
      DSL.sequence(DSL.name("segmint", "social_profile_id_seq"), SQLDataType.INTEGER);

  private final DSLContext db;

  SocialProfileRepository(DSLContext db) {
    this.db = db;
  }

  int nextId() {
    return db.nextval(IDS);
  }

  void insert(int id, NewSocialProfile profile, String accessToken, String refreshToken) {
    db.insertInto(SOCIAL_PROFILE)
        .set(SOCIAL_PROFILE.ID, id)
        .set(SOCIAL_PROFILE.USER_ID, profile.userId())
        .set(SOCIAL_PROFILE.PLATFORM, profile.platform())
        .set(SOCIAL_PROFILE.PROFILE_HANDLE, profile.handle())
        .set(SOCIAL_PROFILE.ACCESS_TOKEN, accessToken)
        .set(SOCIAL_PROFILE.REFRESH_TOKEN, refreshToken)
        .set(SOCIAL_PROFILE.EXPIRES_AT, profile.expiresAt())
        .execute();
  }

  Optional<Integer> findLiveId(int userId, SocialPlatform platform, String handle) {
    return db.select(SOCIAL_PROFILE.ID)
        .from(SOCIAL_PROFILE)
        .where(SOCIAL_PROFILE.USER_ID.eq(userId))
        .and(SOCIAL_PROFILE.PLATFORM.eq(platform))
        .and(SOCIAL_PROFILE.PROFILE_HANDLE.eq(handle))
        .and(SOCIAL_PROFILE.DELETED_AT.isNull())
        .fetchOptional(SOCIAL_PROFILE.ID);
  }

  Optional<EncryptedTokens> findLiveTokens(int id) {
    return selectTokens()
        .where(SOCIAL_PROFILE.ID.eq(id).and(SOCIAL_PROFILE.DELETED_AT.isNull()))
        .fetchOptional(Records.mapping(EncryptedTokens::new));
  }

  /**
   * The tokens of a connected profile whose access token is still valid at {@code validAt}: no
   * refresh is due, so they are read without taking the profile's lock.
   */
  Optional<EncryptedTokens> findTokensValidAt(int id, OffsetDateTime validAt) {
    return selectTokens()
        .where(SOCIAL_PROFILE.ID.eq(id))
        .and(SOCIAL_PROFILE.DELETED_AT.isNull())
        .and(SOCIAL_PROFILE.NEEDS_RECONNECT.isFalse())
        .and(SOCIAL_PROFILE.EXPIRES_AT.gt(validAt))
        .fetchOptional(Records.mapping(EncryptedTokens::new));
  }

  /**
   * Replaces the access token and, when {@code refreshToken} is not null, the refresh token; a new
   * token is connected again and owes no expiry warning. Returns whether a live profile was
   * updated.
   */
  boolean updateTokens(int id, String accessToken, String refreshToken, OffsetDateTime expiresAt) {
    UpdateSetMoreStep<SocialProfileRecord> update =
        db.update(SOCIAL_PROFILE)
            .set(SOCIAL_PROFILE.ACCESS_TOKEN, accessToken)
            .set(SOCIAL_PROFILE.EXPIRES_AT, expiresAt)
            .set(SOCIAL_PROFILE.NEEDS_RECONNECT, false)
            .setNull(SOCIAL_PROFILE.EXPIRY_WARNED_AT);
    if (refreshToken != null) {
      update = update.set(SOCIAL_PROFILE.REFRESH_TOKEN, refreshToken);
    }
    return update.where(SOCIAL_PROFILE.ID.eq(id).and(SOCIAL_PROFILE.DELETED_AT.isNull())).execute()
        == 1;
  }

  /**
   * The next rows after {@code afterId}, deleted ones included, locked until the transaction ends
   * so that a concurrent token refresh cannot be overwritten by a re-encryption of its old value.
   */
  List<EncryptedTokens> lockBatchAfter(int afterId, int size) {
    return selectTokens()
        .where(SOCIAL_PROFILE.ID.gt(afterId))
        .orderBy(SOCIAL_PROFILE.ID)
        .limit(size)
        .forUpdate()
        .fetch(Records.mapping(EncryptedTokens::new));
  }

  void replaceCiphertexts(int id, String accessToken, String refreshToken) {
    db.update(SOCIAL_PROFILE)
        .set(SOCIAL_PROFILE.ACCESS_TOKEN, accessToken)
        .set(SOCIAL_PROFILE.REFRESH_TOKEN, refreshToken)
        .where(SOCIAL_PROFILE.ID.eq(id))
        .execute();
  }

  private SelectJoinStep<Record4<Integer, String, String, OffsetDateTime>> selectTokens() {
    return db.select(
            SOCIAL_PROFILE.ID,
            SOCIAL_PROFILE.ACCESS_TOKEN,
            SOCIAL_PROFILE.REFRESH_TOKEN,
            SOCIAL_PROFILE.EXPIRES_AT)
        .from(SOCIAL_PROFILE);
  }
}
