package com.segmint.publishing.dispatch;

import static com.segmint.common.schema.Tables.PLATFORM_POST;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.PostStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what became of claimed posts: the endings of any number of attempts and their raw provider
 * responses in one statement of a fixed text, so that PostgreSQL plans it once per connection.
 * Every ending is guarded by its claim: it applies only while the row is still {@code publishing}
 * for the same worker and attempt, or, for a post found published, while that same attempt's claim
 * sits {@code unknown} after a recovery.
 */
@Repository
class OutcomeRepository {

  private static final String RECORD =
      """
      WITH logged AS (
          INSERT INTO segmint.publish_error (platform_post_id, platform_post_created_at, attempt,
                                             error_kind, http_status, response_headers,
                                             response_body)
          SELECT * FROM unnest(?::int[], ?::text[]::timestamptz[], ?::int[],
                               ?::text[]::segmint.post_error_kind[], ?::int[],
                               ?::text[]::jsonb[], ?::text[])
      )
      UPDATE segmint.platform_post p
      SET status = o.status, lease_until = NULL, error_kind = o.error_kind,
          error_message = o.error_message, remote_id = coalesce(o.remote_id, p.remote_id),
          remote_url = coalesce(o.remote_url, p.remote_url),
          posted_at = coalesce(o.posted_at, p.posted_at), next_attempt_at = o.next_attempt_at
      FROM unnest(?::int[], ?::text[]::timestamptz[], ?::text[], ?::int[],
                  ?::text[]::segmint.post_status[], ?::text[]::segmint.post_error_kind[],
                  ?::text[], ?::text[], ?::text[], ?::text[]::timestamptz[],
                  ?::text[]::timestamptz[])
          AS o(id, created_at, worker, attempt, status, error_kind, error_message, remote_id,
               remote_url, posted_at, next_attempt_at)
      WHERE p.id = o.id AND p.created_at = o.created_at
        AND p.claimed_by = o.worker AND p.attempts = o.attempt
        AND (p.status = 'publishing' OR (o.status = 'posted' AND p.status = 'unknown'))
      RETURNING p.id
      """;

  private final DSLContext db;
  private final JsonMapper json;

  OutcomeRepository(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  /**
   * Lets this transaction's commit return before its WAL reaches the disk. Safe for outcomes alone:
   * the claim before the call was committed durably, so if PostgreSQL crashes and loses this
   * commit, the post is still {@code publishing} under an expiring lease, and lease recovery makes
   * it {@code unknown}, for reconciliation; it is never published again. It saves a disk flush per
   * wave of outcomes.
   */
  void commitWithoutWaitingForTheDisk() {
    db.execute("SET LOCAL synchronous_commit TO OFF");
  }

  /**
   * Keeps every failure's raw response, whatever its post became, and applies the endings whose
   * claims still hold; answers the ids of the posts whose ending applied.
   */
  Set<Integer> record(List<Ending> endings, List<Failure> failures) {
    Set<Integer> applied = new HashSet<>();
    db.fetch(
            RECORD,
            numbers(failures, failure -> failure.claim().postId()),
            texts(failures, failure -> failure.claim().createdAt().toString()),
            numbers(failures, failure -> failure.claim().attempt()),
            texts(failures, failure -> failure.failed().kind().getLiteral()),
            numbers(failures, failure -> failure.failed().httpStatus()),
            texts(failures, failure -> headers(failure.failed().responseHeaders())),
            texts(failures, failure -> failure.failed().responseBody()),
            numbers(endings, ending -> ending.claim().postId()),
            texts(endings, ending -> ending.claim().createdAt().toString()),
            texts(endings, ending -> ending.claim().worker()),
            numbers(endings, ending -> ending.claim().attempt()),
            texts(endings, ending -> ending.status().getLiteral()),
            texts(endings, ending -> literal(ending.errorKind())),
            texts(endings, Ending::errorMessage),
            texts(endings, Ending::remoteId),
            texts(endings, Ending::remoteUrl),
            texts(endings, ending -> iso(ending.postedAt())),
            texts(endings, ending -> iso(ending.nextAttemptAt())))
        .forEach(row -> applied.add(row.get(PLATFORM_POST.ID.getName(), Integer.class)));
    return applied;
  }

  private static <T> Integer[] numbers(List<T> rows, Function<T, Integer> value) {
    return rows.stream().map(value).toArray(Integer[]::new);
  }

  private static <T> String[] texts(List<T> rows, Function<T, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }

  private String headers(Map<String, String> headers) {
    return headers.isEmpty() ? null : json.writeValueAsString(headers);
  }

  private static String literal(PostErrorKind kind) {
    return kind == null ? null : kind.getLiteral();
  }

  private static String iso(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
  }

  /** What one attempt's post becomes; the fields that do not apply to its status are null. */
  record Ending(
      Claim claim,
      PostStatus status,
      PostErrorKind errorKind,
      String errorMessage,
      String remoteId,
      String remoteUrl,
      Instant postedAt,
      Instant nextAttemptAt) {

    /** Posted; a partly published thread keeps what failed on the post as well. */
    static Ending posted(Claim claim, PublishOutcome.Published published, Instant at) {
      PublishOutcome.Failed partial = published.partialFailure();
      return new Ending(
          claim,
          PostStatus.posted,
          partial == null ? null : partial.kind(),
          partial == null ? null : partial.message(),
          published.remoteId(),
          published.remoteUrl(),
          at,
          null);
    }

    static Ending ended(Claim claim, PostStatus status, PublishOutcome.Failed failed) {
      return new Ending(claim, status, failed.kind(), failed.message(), null, null, null, null);
    }

    static Ending retryAt(Claim claim, PublishOutcome.Failed failed, Instant nextAttempt) {
      return new Ending(
          claim,
          PostStatus.scheduled,
          failed.kind(),
          failed.message(),
          null,
          null,
          null,
          nextAttempt);
    }
  }

  /** A failure of one attempt, for the error table. */
  record Failure(Claim claim, PublishOutcome.Failed failed) {}
}
