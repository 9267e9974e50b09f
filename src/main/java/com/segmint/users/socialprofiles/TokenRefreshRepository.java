package com.segmint.users.socialprofiles;

import static com.segmint.common.schema.Tables.SOCIAL_PROFILE;

import com.segmint.users.SocialProfileExpiring;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SelectForUpdateWaitStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The social_profile queries of token refresh: which profiles are due, locks, marks. */
@Repository
class TokenRefreshRepository {

  private static final Condition CONNECTED =
      SOCIAL_PROFILE.DELETED_AT.isNull().and(SOCIAL_PROFILE.NEEDS_RECONNECT.isFalse());

  private final DSLContext db;

  TokenRefreshRepository(DSLContext db) {
    this.db = db;
  }

  /**
   * Locks a live profile until the transaction ends, so two refreshes of one token (two instances,
   * the job and a publish) run one after the other; {@code skipLocked}: empty when it is locked.
   */
  Optional<RefreshCandidate> lock(int id, boolean skipLocked) {
    SelectForUpdateWaitStep<?> select =
        db.select(
                SOCIAL_PROFILE.ID,
                SOCIAL_PROFILE.USER_ID,
                SOCIAL_PROFILE.PLATFORM,
                SOCIAL_PROFILE.ACCESS_TOKEN,
                SOCIAL_PROFILE.REFRESH_TOKEN,
                SOCIAL_PROFILE.EXPIRES_AT,
                SOCIAL_PROFILE.NEEDS_RECONNECT)
            .from(SOCIAL_PROFILE)
            .where(SOCIAL_PROFILE.ID.eq(id).and(SOCIAL_PROFILE.DELETED_AT.isNull()))
            .forUpdate()
            .of(SOCIAL_PROFILE);
    return (skipLocked ? select.skipLocked() : select)
        .fetchOptional(
            row ->
                new RefreshCandidate(
                    row.get(SOCIAL_PROFILE.ID),
                    row.get(SOCIAL_PROFILE.USER_ID),
                    row.get(SOCIAL_PROFILE.PLATFORM),
                    row.get(SOCIAL_PROFILE.ACCESS_TOKEN),
                    row.get(SOCIAL_PROFILE.REFRESH_TOKEN),
                    row.get(SOCIAL_PROFILE.EXPIRES_AT),
                    row.get(SOCIAL_PROFILE.NEEDS_RECONNECT)));
  }

  void markNeedsReconnect(int id) {
    db.update(SOCIAL_PROFILE)
        .set(SOCIAL_PROFILE.NEEDS_RECONNECT, true)
        .where(SOCIAL_PROFILE.ID.eq(id))
        .execute();
  }

  /**
   * Connected profiles due for a refresh: with a refresh token on a platform that takes one,
   * expiring before {@code refreshTokensBefore}; or on a platform whose access tokens renew
   * themselves, expiring before {@code accessTokensBefore}.
   */
  List<Integer> dueForRefresh(RenewingPlatforms renewing, int limit) {
    return db.select(SOCIAL_PROFILE.ID)
        .from(SOCIAL_PROFILE)
        .where(CONNECTED)
        .and(
            renewableByRefreshToken(renewing)
                .and(SOCIAL_PROFILE.EXPIRES_AT.lt(renewing.refreshTokensBefore()))
                .or(
                    SOCIAL_PROFILE
                        .PLATFORM
                        .in(renewing.byAccessToken())
                        .and(SOCIAL_PROFILE.EXPIRES_AT.lt(renewing.accessTokensBefore()))))
        .orderBy(SOCIAL_PROFILE.EXPIRES_AT)
        .limit(limit)
        .fetch(SOCIAL_PROFILE.ID);
  }

  /**
   * Marks connected profiles that no refresh can renew and that expire before {@code before} as
   * warned, once per token; returns those it marked. Atomic, so two instances never both warn.
   */
  List<SocialProfileExpiring> markExpiringUnwarned(
      OffsetDateTime before, RenewingPlatforms renewing) {
    return db.update(SOCIAL_PROFILE)
        .set(SOCIAL_PROFILE.EXPIRY_WARNED_AT, DSL.currentOffsetDateTime())
        .where(CONNECTED)
        .and(SOCIAL_PROFILE.EXPIRY_WARNED_AT.isNull())
        .and(SOCIAL_PROFILE.EXPIRES_AT.lt(before))
        .andNot(renewableByRefreshToken(renewing))
        .and(SOCIAL_PROFILE.PLATFORM.notIn(renewing.byAccessToken()))
        .returningResult(
            SOCIAL_PROFILE.ID,
            SOCIAL_PROFILE.USER_ID,
            SOCIAL_PROFILE.PLATFORM,
            SOCIAL_PROFILE.EXPIRES_AT)
        .fetch(Records.mapping(SocialProfileExpiring::new));
  }

  private static Condition renewableByRefreshToken(RenewingPlatforms renewing) {
    return SOCIAL_PROFILE
        .REFRESH_TOKEN
        .isNotNull()
        .and(SOCIAL_PROFILE.PLATFORM.in(renewing.byRefreshToken()));
  }
}
