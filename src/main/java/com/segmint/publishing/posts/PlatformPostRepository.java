package com.segmint.publishing.posts;

import static com.segmint.common.schema.Tables.PLATFORM_POST;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import com.segmint.common.Cursors;
import com.segmint.common.schema.enums.PostStatus;
import com.segmint.common.schema.tables.records.PlatformPostRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Platform posts as row-level security lets the acting user see them. */
@Repository
class PlatformPostRepository {

  private static final List<PostStatus> CANCELLABLE =
      List.of(PostStatus.draft, PostStatus.scheduled);

  private final DSLContext db;

  PlatformPostRepository(DSLContext db) {
    this.db = db;
  }

  List<PlatformPost> page(PostStatus status, Integer contentId, Cursors.Position after, int size) {
    Condition condition =
        (status == null ? noCondition() : PLATFORM_POST.STATUS.eq(status))
            .and(contentId == null ? noCondition() : PLATFORM_POST.CONTENT_ID.eq(contentId))
            .and(
                after == null
                    ? noCondition()
                    : row(PLATFORM_POST.SCHEDULED_TIME, PLATFORM_POST.ID)
                        .gt(
                            OffsetDateTime.ofInstant(after.at(), ZoneOffset.UTC),
                            (int) after.id()));
    return db.selectFrom(PLATFORM_POST)
        .where(condition)
        .orderBy(PLATFORM_POST.SCHEDULED_TIME, PLATFORM_POST.ID)
        .limit(size)
        .fetch(PlatformPostRepository::toPost);
  }

  Optional<PlatformPost> find(int id) {
    return db.selectFrom(PLATFORM_POST)
        .where(PLATFORM_POST.ID.eq(id))
        .fetchOptional(PlatformPostRepository::toPost);
  }

  List<PlatformPost> findAll(Collection<Integer> ids) {
    return db.selectFrom(PLATFORM_POST)
        .where(PLATFORM_POST.ID.in(ids))
        .orderBy(PLATFORM_POST.ID)
        .fetch(PlatformPostRepository::toPost);
  }

  /** Deletes the post if it has not started publishing; true when it did. */
  boolean deleteIfCancellable(int id) {
    return db.deleteFrom(PLATFORM_POST)
            .where(PLATFORM_POST.ID.eq(id).and(PLATFORM_POST.STATUS.in(CANCELLABLE)))
            .execute()
        > 0;
  }

  private static PlatformPost toPost(PlatformPostRecord row) {
    return new PlatformPost(
        row.getId(),
        row.getContentId(),
        row.getPlatformId(),
        row.getSocialProfileId(),
        instant(row.getScheduledTime()),
        row.getStatus().getLiteral(),
        row.getTextVariant(),
        row.getThreadParts() == null ? null : List.of(row.getThreadParts()),
        mediaIds(row.getMedia()),
        row.getAttempts(),
        instant(row.getNextAttemptAt()),
        row.getRemoteId(),
        row.getRemoteUrl(),
        row.getErrorKind() == null ? null : row.getErrorKind().getLiteral(),
        row.getErrorMessage(),
        instant(row.getPostedAt()),
        instant(row.getCreatedAt()),
        instant(row.getUpdatedAt()),
        row.getVersion());
  }

  /** The ids of the media jsonb array, in order (its shape is documented by MediaLibrary). */
  private static List<UUID> mediaIds(JSONB media) {
    return JsonMapper.shared()
        .readTree(media.data())
        .valueStream()
        .map(entry -> UUID.fromString(entry.get("mediaId").asString()))
        .toList();
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
