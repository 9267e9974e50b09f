package com.segmint.content.authoring;

import static com.segmint.common.schema.Routines.appUserId;
import static com.segmint.common.schema.Tables.CONTENT;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.row;

import com.segmint.common.Cursors;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Content rows, always read and written under the caller's row-level security: a row the caller may
 * not see or change is simply absent here.
 */
@Repository
class ContentRepository {

  static final RecordMapper<Record, ContentDetails> DETAILS =
      row ->
          new ContentDetails(
              row.get(CONTENT.ID),
              row.get(CONTENT.USER_ID),
              row.get(CONTENT.TITLE),
              row.get(CONTENT.BODY),
              row.get(CONTENT.TONE),
              row.get(CONTENT.CREATED_AT),
              row.get(CONTENT.UPDATED_AT),
              row.get(CONTENT.DELETED_AT),
              row.get(CONTENT.VERSION));

  private static final List<Field<?>> COLUMNS =
      List.of(
          CONTENT.ID,
          CONTENT.USER_ID,
          CONTENT.TITLE,
          CONTENT.BODY,
          CONTENT.TONE,
          CONTENT.CREATED_AT,
          CONTENT.UPDATED_AT,
          CONTENT.DELETED_AT,
          CONTENT.VERSION);

  private final DSLContext db;

  ContentRepository(DSLContext db) {
    this.db = db;
  }

  ContentDetails insertForCaller(ContentDraft draft) {
    return db.insertInto(CONTENT)
        .set(CONTENT.USER_ID, appUserId())
        .set(CONTENT.TITLE, draft.title())
        .set(CONTENT.BODY, draft.body())
        .set(CONTENT.TONE, draft.tone())
        .returningResult(COLUMNS)
        .fetchOne(DETAILS);
  }

  Optional<ContentDetails> findLive(int id) {
    return db.select(COLUMNS).from(CONTENT).where(isLive(id)).fetchOptional(DETAILS);
  }

  /**
   * The live row if the caller may change it. {@code FOR UPDATE} makes PostgreSQL apply the table's
   * UPDATE policy as well as its SELECT policy, so a reviewer who can read the content finds
   * nothing here.
   */
  Optional<ContentDetails> lockWritable(int id) {
    return db.select(COLUMNS).from(CONTENT).where(isLive(id)).forUpdate().fetchOptional(DETAILS);
  }

  Optional<ContentDetails> update(int id, int version, ContentDraft draft) {
    return db.update(CONTENT)
        .set(CONTENT.TITLE, draft.title())
        .set(CONTENT.BODY, draft.body())
        .set(CONTENT.TONE, draft.tone())
        .where(isLive(id).and(CONTENT.VERSION.eq(version)))
        .returningResult(COLUMNS)
        .fetchOptional(DETAILS);
  }

  Optional<ContentDetails> appendToBody(int id, String text) {
    return db.update(CONTENT)
        .set(CONTENT.BODY, CONTENT.BODY.concat(DSL.inline("\n\n"), DSL.val(text)))
        .where(isLive(id))
        .returningResult(COLUMNS)
        .fetchOptional(DETAILS);
  }

  boolean softDelete(int id, int version) {
    return db.update(CONTENT)
            .set(CONTENT.DELETED_AT, currentOffsetDateTime())
            .where(isLive(id).and(CONTENT.VERSION.eq(version)))
            .execute()
        == 1;
  }

  Optional<ContentDetails> restore(int id) {
    return db.update(CONTENT)
        .set(CONTENT.DELETED_AT, (OffsetDateTime) null)
        .where(CONTENT.ID.eq(id).and(CONTENT.DELETED_AT.isNotNull()))
        .returningResult(COLUMNS)
        .fetchOptional(DETAILS);
  }

  /** The caller's own content, newest first, after {@code position} when one is given. */
  List<ContentDetails> pageOfCallers(boolean deleted, Cursors.Position position, int limit) {
    Condition condition =
        CONTENT
            .USER_ID
            .eq(appUserId())
            .and(deleted ? CONTENT.DELETED_AT.isNotNull() : CONTENT.DELETED_AT.isNull());
    if (position != null) {
      condition =
          condition.and(
              row(CONTENT.CREATED_AT, CONTENT.ID)
                  .lt(position.at().atOffset(ZoneOffset.UTC), (int) position.id()));
    }
    return db.select(COLUMNS)
        .from(CONTENT)
        .where(condition)
        .orderBy(CONTENT.CREATED_AT.desc(), CONTENT.ID.desc())
        .limit(limit)
        .fetch(DETAILS);
  }

  private static Condition isLive(int id) {
    return CONTENT.ID.eq(id).and(CONTENT.DELETED_AT.isNull());
  }
}
