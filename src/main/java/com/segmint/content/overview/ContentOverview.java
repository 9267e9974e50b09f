package com.segmint.content.overview;

import static com.segmint.common.schema.Routines.appUserId;
import static com.segmint.common.schema.Tables.CONTENT;
import static com.segmint.common.schema.Tables.PLATFORM;
import static com.segmint.common.schema.Tables.PLATFORM_POST;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;

import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import com.segmint.common.InvalidRequest;
import com.segmint.common.ResourceNotFound;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Views across the caller's content and its posts: the spec's query patterns (a CTE, a window
 * function, a three-table join), each under the caller's row-level security.
 */
@Service
public class ContentOverview {

  public static final int MAX_DAYS = 366;

  private final DSLContext db;

  ContentOverview(DSLContext db) {
    this.db = db;
  }

  /** The caller's live content of the last {@code days} days, newest first, a page at a time. */
  @Transactional(readOnly = true)
  public CursorPage<RecentContent> recent(int days, String cursor, Integer limit) {
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidRequest("days", "days must be between 1 and " + MAX_DAYS);
    }
    int size = Cursors.limit(limit);
    CommonTableExpression<Record4<Integer, String, String, OffsetDateTime>> recent =
        recentContent(days);
    Field<Integer> id = recent.field(CONTENT.ID);
    Field<OffsetDateTime> createdAt = recent.field(CONTENT.CREATED_AT);
    List<RecentContent> rows =
        db.with(recent)
            .select(id, recent.field(CONTENT.TITLE), recent.field(CONTENT.TONE), createdAt)
            .from(recent)
            .where(after(createdAt, id, cursor))
            .orderBy(createdAt.desc(), id.desc())
            .limit(size + 1)
            .fetch(Records.mapping(RecentContent::new));
    if (rows.size() <= size) {
      return new CursorPage<>(rows, null);
    }
    RecentContent last = rows.get(size - 1);
    return new CursorPage<>(
        rows.subList(0, size), Cursors.encode(last.createdAt().toInstant(), last.id()));
  }

  /** The spec's CTE: {@code WITH recent_content AS (...)}, the caller's live content only. */
  private static CommonTableExpression<Record4<Integer, String, String, OffsetDateTime>>
      recentContent(int days) {
    return name("recent_content")
        .as(
            select(CONTENT.ID, CONTENT.TITLE, CONTENT.TONE, CONTENT.CREATED_AT)
                .from(CONTENT)
                .where(CONTENT.USER_ID.eq(appUserId()))
                .and(CONTENT.DELETED_AT.isNull())
                .and(CONTENT.CREATED_AT.gt(currentOffsetDateTime().minus(new DayToSecond(days)))));
  }

  /** For each platform the caller's live content was scheduled to, the newest such content. */
  @Transactional(readOnly = true)
  public List<LatestOnPlatform> latestPerPlatform() {
    Field<Integer> rank =
        rowNumber()
            .over()
            .partitionBy(PLATFORM_POST.PLATFORM_ID)
            .orderBy(CONTENT.CREATED_AT.desc(), CONTENT.ID.desc())
            .as("rank");
    Table<?> ranked =
        select(PLATFORM.NAME, CONTENT.ID, CONTENT.TITLE, CONTENT.CREATED_AT, rank)
            .from(CONTENT)
            .join(PLATFORM_POST)
            .on(PLATFORM_POST.CONTENT_ID.eq(CONTENT.ID))
            .join(PLATFORM)
            .on(PLATFORM.ID.eq(PLATFORM_POST.PLATFORM_ID))
            .where(CONTENT.USER_ID.eq(appUserId()))
            .and(CONTENT.DELETED_AT.isNull())
            .asTable("ranked");
    return db.select(
            ranked.field(PLATFORM.NAME),
            ranked.field(CONTENT.ID),
            ranked.field(CONTENT.TITLE),
            ranked.field(CONTENT.CREATED_AT))
        .from(ranked)
        .where(ranked.field(rank).eq(1))
        .orderBy(ranked.field(PLATFORM.NAME))
        .fetch(Records.mapping(LatestOnPlatform::new));
  }

  /** The posts of a live content the caller may see, in the order they are due. */
  @Transactional(readOnly = true)
  public List<ContentPost> postsOf(int contentId) {
    if (!db.fetchExists(CONTENT, CONTENT.ID.eq(contentId).and(CONTENT.DELETED_AT.isNull()))) {
      throw new ResourceNotFound("content", contentId);
    }
    return db.select(
            PLATFORM_POST.ID,
            PLATFORM.NAME,
            PLATFORM_POST.STATUS,
            PLATFORM_POST.SCHEDULED_TIME,
            PLATFORM_POST.REMOTE_URL)
        .from(CONTENT)
        .join(PLATFORM_POST)
        .on(PLATFORM_POST.CONTENT_ID.eq(CONTENT.ID))
        .join(PLATFORM)
        .on(PLATFORM.ID.eq(PLATFORM_POST.PLATFORM_ID))
        .where(CONTENT.ID.eq(contentId))
        .orderBy(PLATFORM_POST.SCHEDULED_TIME, PLATFORM_POST.ID)
        .fetch(
            Records.mapping(
                (id, platform, status, scheduledTime, remoteUrl) ->
                    new ContentPost(id, platform, status.getLiteral(), scheduledTime, remoteUrl)));
  }

  private static Condition after(
      Field<OffsetDateTime> createdAt, Field<Integer> id, String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return DSL.noCondition();
    }
    Cursors.Position position = Cursors.decode(cursor);
    return row(createdAt, id).lt(position.at().atOffset(ZoneOffset.UTC), (int) position.id());
  }
}
