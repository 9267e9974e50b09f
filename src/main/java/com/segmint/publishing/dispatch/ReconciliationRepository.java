package com.segmint.publishing.dispatch;

import static com.segmint.common.schema.Tables.CONTENT;
import static com.segmint.common.schema.Tables.PLATFORM_POST;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.PostStatus;
import com.segmint.common.schema.tables.records.PlatformPostRecord;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Repository;

/** A person's reconciliation of unknown posts, as row-level security lets the acting user. */
@Repository
class ReconciliationRepository {

  private final DSLContext db;

  ReconciliationRepository(DSLContext db) {
    this.db = db;
  }

  /** The post's content owner and status, when the actor can see the post. */
  Optional<Record2<Integer, PostStatus>> ownerAndStatus(int postId) {
    return db.select(CONTENT.USER_ID, PLATFORM_POST.STATUS)
        .from(PLATFORM_POST)
        .join(CONTENT)
        .on(CONTENT.ID.eq(PLATFORM_POST.CONTENT_ID))
        .where(PLATFORM_POST.ID.eq(postId))
        .fetchOptional();
  }

  boolean posted(int postId, String remoteId, String remoteUrl) {
    return decide(PostStatus.posted, null)
            .set(PLATFORM_POST.ERROR_KIND, (PostErrorKind) null)
            .set(PLATFORM_POST.REMOTE_ID, remoteId)
            .set(PLATFORM_POST.REMOTE_URL, remoteUrl)
            .set(PLATFORM_POST.POSTED_AT, OffsetDateTime.now())
            .where(unknown(postId))
            .execute()
        > 0;
  }

  boolean failed(int postId) {
    return decide(PostStatus.failed, "Reconciled by its owner: it did not publish.")
            .where(unknown(postId))
            .execute()
        > 0;
  }

  boolean retry(int postId) {
    return decide(PostStatus.scheduled, "Reconciled by its owner: publish it again.")
            .set(PLATFORM_POST.NEXT_ATTEMPT_AT, (OffsetDateTime) null)
            .where(unknown(postId))
            .execute()
        > 0;
  }

  private UpdateSetMoreStep<PlatformPostRecord> decide(PostStatus status, String message) {
    return db.update(PLATFORM_POST)
        .set(PLATFORM_POST.STATUS, status)
        .set(PLATFORM_POST.ERROR_MESSAGE, message);
  }

  private static Condition unknown(int postId) {
    return PLATFORM_POST.ID.eq(postId).and(PLATFORM_POST.STATUS.eq(PostStatus.unknown));
  }
}
