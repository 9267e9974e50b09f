package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.SocialPlatform;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
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

  /** The columns of claimed rows that {@link #DUE_POSTS} needs. */
  private static final String CLAIMED_COLUMNS =
      """
      p.id, p.created_at, p.attempts, p.claimed_by, p.platform_id, p.content_id,
      p.social_profile_id, p.idempotency_key, p.text_variant, p.media, p.thread_parts,
      p.scheduled_time
      """;

  /** The claimed rows (a {@code claimed} CTE) with what their publishers need. */
  private static final String DUE_POSTS =
      """
      SELECT claimed.id, claimed.created_at, claimed.attempts, claimed.claimed_by, platform.code,
             claimed.social_profile_id, claimed.idempotency_key, profile.profile_handle,
             content.title, coalesce(claimed.text_variant, content.body) AS text,
             claimed.media::text AS media, claimed.thread_parts
      FROM claimed
      JOIN segmint.platform platform ON platform.id = claimed.platform_id
      JOIN segmint.content content ON content.id = claimed.content_id
      LEFT JOIN segmint.social_profile profile ON profile.id = claimed.social_profile_id
      ORDER BY claimed.scheduled_time, claimed.id
      """;

  /**
   * Due posts in the order they are due, through the partial index on scheduled posts, in one
   * statement: the claim counts the attempt before any call goes out.
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
      ), claimed AS (
          UPDATE segmint.platform_post p
          SET status = 'publishing', attempts = p.attempts + 1,
              lease_until = ?::timestamptz, claimed_by = ?::text, next_attempt_at = NULL
          FROM due
          WHERE p.id = due.id AND p.created_at = due.created_at
          RETURNING %s
      )
      %s"""
          .formatted(CLAIMED_COLUMNS, DUE_POSTS);

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
      ), claimed AS (
          UPDATE segmint.platform_post p
          SET status = 'unknown', lease_until = NULL, error_kind = 'unknown_outcome',
              error_message = ?::text
          FROM stuck
          WHERE p.id = stuck.id AND p.created_at = stuck.created_at
          RETURNING %s
      ), logged AS (
          INSERT INTO segmint.publish_error
              (platform_post_id, platform_post_created_at, attempt, error_kind, response_body)
          SELECT id, created_at, attempts, 'unknown_outcome', ?::text
          FROM claimed
      )
      %s"""
          .formatted(CLAIMED_COLUMNS, DUE_POSTS);

  static final String LEASE_EXPIRED =
      "The worker publishing this post stopped before it recorded the outcome (its lease"
          + " expired): the post may or may not be on the platform.";

  private final DSLContext db;

  ClaimRepository(DSLContext db) {
    this.db = db;
  }

  List<DuePost> claim(Instant at, int limit, String worker, Duration lease) {
    OffsetDateTime now = utc(at);
    return db.fetch(CLAIM, now, now, limit, utc(at.plus(lease)), worker).stream()
        .map(ClaimRepository::duePost)
        .toList();
  }

  /** The posts whose leases ended before {@code at}, now unknown, with what reconciling needs. */
  List<DuePost> recoverExpiredLeases(Instant at, int limit) {
    return db.fetch(RECOVER, utc(at), limit, LEASE_EXPIRED, LEASE_EXPIRED).stream()
        .map(ClaimRepository::duePost)
        .toList();
  }

  private static DuePost duePost(Record row) {
    String[] threadParts = row.get("thread_parts", String[].class);
    return new DuePost(
        new Claim(
            row.get("id", Integer.class),
            row.get("created_at", OffsetDateTime.class),
            row.get("attempts", Integer.class),
            row.get("claimed_by", String.class)),
        SocialPlatform.lookupLiteral(row.get("code", String.class)),
        row.get("social_profile_id", Integer.class),
        row.get("idempotency_key", UUID.class),
        row.get("profile_handle", String.class),
        row.get("title", String.class),
        row.get("text", String.class),
        threadParts == null ? List.of() : List.of(threadParts),
        row.get("media", String.class));
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
