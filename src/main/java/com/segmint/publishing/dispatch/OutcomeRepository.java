package com.segmint.publishing.dispatch;

import static com.segmint.common.schema.Tables.PLATFORM_POST;
import static com.segmint.common.schema.Tables.PUBLISH_ERROR;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.PostStatus;
import com.segmint.common.schema.tables.records.PlatformPostRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what became of a claimed post. Every write is guarded by the claim: it applies only while
 * the row is still {@code publishing} for the same worker and attempt, and answers whether it did.
 */
@Repository
class OutcomeRepository {

  private final DSLContext db;
  private final JsonMapper json;

  OutcomeRepository(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  /**
   * Lets this transaction's commit return before its WAL reaches the disk. Safe for an outcome
   * alone: the claim before the call was committed durably, so if PostgreSQL crashes and loses this
   * commit, the post is still {@code publishing} under an expiring lease, and lease recovery makes
   * it {@code unknown}, for reconciliation; it is never published again. It saves a disk flush per
   * post, the dispatcher's largest cost.
   */
  void commitWithoutWaitingForTheDisk() {
    db.execute("SET LOCAL synchronous_commit TO OFF");
  }

  /**
   * Runs the statements of several outcomes in one round trip, in order; answers how many rows each
   * changed.
   */
  int[] apply(List<Query> statements) {
    return db.batch(statements).execute();
  }

  Query posted(Claim claim, PublishOutcome.Published published, Instant at) {
    return published(published, at).where(heldBy(claim));
  }

  /**
   * A worker that learns a post went out after its claim was recovered as unknown still tells the
   * truth, so that nobody reconciles the post into a second publish.
   */
  boolean postedAfterRecovery(Claim claim, PublishOutcome.Published published, Instant at) {
    return published(published, at)
            .where(ofAttempt(claim).and(PLATFORM_POST.STATUS.eq(PostStatus.unknown)))
            .execute()
        > 0;
  }

  Query failed(Claim claim, PublishOutcome.Failed failed) {
    return finish(PostStatus.failed, failed.kind(), failed.message()).where(heldBy(claim));
  }

  Query unknown(Claim claim, PublishOutcome.Failed failed) {
    return finish(PostStatus.unknown, PostErrorKind.unknown_outcome, failed.message())
        .where(heldBy(claim));
  }

  Query retryAt(Claim claim, PublishOutcome.Failed failed, Instant nextAttempt) {
    return finish(PostStatus.scheduled, failed.kind(), failed.message())
        .set(PLATFORM_POST.NEXT_ATTEMPT_AT, utc(nextAttempt))
        .where(heldBy(claim));
  }

  /** The raw provider response, kept whatever the post's state became. */
  Query error(Claim claim, PublishOutcome.Failed failed) {
    return db.insertInto(PUBLISH_ERROR)
        .set(PUBLISH_ERROR.PLATFORM_POST_ID, claim.postId())
        .set(PUBLISH_ERROR.PLATFORM_POST_CREATED_AT, claim.createdAt())
        .set(PUBLISH_ERROR.ATTEMPT, claim.attempt())
        .set(PUBLISH_ERROR.ERROR_KIND, failed.kind())
        .set(PUBLISH_ERROR.HTTP_STATUS, failed.httpStatus())
        .set(PUBLISH_ERROR.RESPONSE_HEADERS, headers(failed.responseHeaders()))
        .set(PUBLISH_ERROR.RESPONSE_BODY, failed.responseBody());
  }

  /** Posted; a partly published thread keeps what failed on the post as well. */
  private UpdateSetMoreStep<PlatformPostRecord> published(
      PublishOutcome.Published published, Instant at) {
    PublishOutcome.Failed partial = published.partialFailure();
    return finish(
            PostStatus.posted,
            partial == null ? null : partial.kind(),
            partial == null ? null : partial.message())
        .set(PLATFORM_POST.REMOTE_ID, published.remoteId())
        .set(PLATFORM_POST.REMOTE_URL, published.remoteUrl())
        .set(PLATFORM_POST.POSTED_AT, utc(at));
  }

  private UpdateSetMoreStep<PlatformPostRecord> finish(
      PostStatus status, PostErrorKind kind, String message) {
    return db.update(PLATFORM_POST)
        .set(PLATFORM_POST.STATUS, status)
        .set(PLATFORM_POST.LEASE_UNTIL, (OffsetDateTime) null)
        .set(PLATFORM_POST.ERROR_KIND, kind)
        .set(PLATFORM_POST.ERROR_MESSAGE, message);
  }

  private static Condition heldBy(Claim claim) {
    return ofAttempt(claim).and(PLATFORM_POST.STATUS.eq(PostStatus.publishing));
  }

  private static Condition ofAttempt(Claim claim) {
    return PLATFORM_POST
        .ID
        .eq(claim.postId())
        .and(PLATFORM_POST.CREATED_AT.eq(claim.createdAt()))
        .and(PLATFORM_POST.CLAIMED_BY.eq(claim.worker()))
        .and(PLATFORM_POST.ATTEMPTS.eq(claim.attempt()));
  }

  private JSONB headers(Map<String, String> headers) {
    return headers.isEmpty() ? null : JSONB.valueOf(json.writeValueAsString(headers));
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
