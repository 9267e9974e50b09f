package com.segmint.publishing.dispatch;

import static com.segmint.common.schema.Tables.CONTENT;
import static com.segmint.common.schema.Tables.PLATFORM;
import static com.segmint.common.schema.Tables.PLATFORM_POST;
import static com.segmint.common.schema.Tables.SOCIAL_PROFILE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.row;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Hands out due posts to workers and takes back the claims of workers that died. Each statement
 * locks its rows with {@code FOR UPDATE SKIP LOCKED}, so any number of workers in any number of
 * instances claim disjoint rows without waiting for one another.
 */
@Repository
class ClaimRepository {

  /**
   * Due posts in the order they are due, through the partial index on scheduled posts; the claim
   * counts the attempt before any call goes out.
   */
  private static final String CLAIM =
      """
      WITH due AS (
          SELECT id, created_at
          FROM segmint.platform_post
          WHERE status = 'scheduled'
            AND scheduled_time <= ?::timestamptz
            AND (next_attempt_at IS NULL OR next_attempt_at <= ?::timestamptz)
          ORDER BY scheduled_time
          LIMIT ?::int
          FOR UPDATE SKIP LOCKED
      )
      UPDATE segmint.platform_post p
      SET status = 'publishing', attempts = p.attempts + 1,
          lease_until = ?::timestamptz, claimed_by = ?::text, next_attempt_at = NULL
      FROM due
      WHERE p.id = due.id AND p.created_at = due.created_at
      RETURNING p.id, p.created_at, p.attempts
      """;

  /**
   * A claim whose lease ran out belongs to a worker that stopped while publishing: the call may
   * have gone out, so the post becomes unknown, never scheduled again; the error table says why.
   */
  private static final String RECOVER =
      """
      WITH stuck AS (
          SELECT id, created_at
          FROM segmint.platform_post
          WHERE status = 'publishing' AND lease_until < ?::timestamptz
          ORDER BY lease_until
          LIMIT ?::int
          FOR UPDATE SKIP LOCKED
      ), recovered AS (
          UPDATE segmint.platform_post p
          SET status = 'unknown', lease_until = NULL, error_kind = 'unknown_outcome',
              error_message = ?::text
          FROM stuck
          WHERE p.id = stuck.id AND p.created_at = stuck.created_at
          RETURNING p.id, p.created_at, p.attempts, p.claimed_by
      ), logged AS (
          INSERT INTO segmint.publish_error
              (platform_post_id, platform_post_created_at, attempt, error_kind, response_body)
          SELECT id, created_at, attempts, 'unknown_outcome', ?::text
          FROM recovered
      )
      SELECT id, created_at, attempts, claimed_by FROM recovered
      """;

  static final String LEASE_EXPIRED =
      "The worker publishing this post stopped before it recorded the outcome (its lease"
          + " expired): the post may or may not be on the platform.";

  private final DSLContext db;

  ClaimRepository(DSLContext db) {
    this.db = db;
  }

  List<Claim> claim(Instant at, int limit, String worker, Duration lease) {
    OffsetDateTime now = utc(at);
    return db.fetch(CLAIM, now, now, limit, utc(at.plus(lease)), worker).stream()
        .map(row -> claimOf(row, worker))
        .toList();
  }

  List<Claim> recoverExpiredLeases(Instant at, int limit) {
    return db.fetch(RECOVER, utc(at), limit, LEASE_EXPIRED, LEASE_EXPIRED).stream()
        .map(row -> claimOf(row, row.get("claimed_by", String.class)))
        .toList();
  }

  List<DuePost> load(List<Claim> claims) {
    if (claims.isEmpty()) {
      return List.of();
    }
    var keys = claims.stream().map(claim -> row(claim.postId(), claim.createdAt())).toList();
    Map<Integer, Claim> byId =
        claims.stream().collect(Collectors.toMap(Claim::postId, Function.identity()));
    return db.select(
            PLATFORM_POST.ID,
            PLATFORM.CODE,
            PLATFORM_POST.SOCIAL_PROFILE_ID,
            PLATFORM_POST.IDEMPOTENCY_KEY,
            SOCIAL_PROFILE.PROFILE_HANDLE,
            CONTENT.TITLE,
            coalesce(PLATFORM_POST.TEXT_VARIANT, CONTENT.BODY),
            PLATFORM_POST.MEDIA,
            PLATFORM_POST.THREAD_PARTS)
        .from(PLATFORM_POST)
        .join(PLATFORM)
        .on(PLATFORM.ID.eq(PLATFORM_POST.PLATFORM_ID))
        .join(CONTENT)
        .on(CONTENT.ID.eq(PLATFORM_POST.CONTENT_ID))
        .leftJoin(SOCIAL_PROFILE)
        .on(SOCIAL_PROFILE.ID.eq(PLATFORM_POST.SOCIAL_PROFILE_ID))
        .where(row(PLATFORM_POST.ID, PLATFORM_POST.CREATED_AT).in(keys))
        .orderBy(PLATFORM_POST.SCHEDULED_TIME, PLATFORM_POST.ID)
        .fetch(
            row ->
                new DuePost(
                    byId.get(row.value1()),
                    row.value2(),
                    row.value3(),
                    row.value4(),
                    row.value5(),
                    row.value6(),
                    row.value7(),
                    row.value9() == null ? List.of() : List.of(row.value9()),
                    row.value8().data()));
  }

  private static Claim claimOf(Record row, String worker) {
    return new Claim(
        row.get("id", Integer.class),
        row.get("created_at", OffsetDateTime.class),
        row.get("attempts", Integer.class),
        worker);
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
