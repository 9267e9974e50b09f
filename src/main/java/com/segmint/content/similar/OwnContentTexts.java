package com.segmint.content.similar;

import static com.segmint.common.schema.Routines.appUserId;
import static com.segmint.common.schema.Tables.CONTENT;
import static org.jooq.impl.DSL.inline;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** The caller's live contents as texts to compare, newest first and bounded. */
@Repository
class OwnContentTexts {

  static final int MAX_CANDIDATES = 1_000;
  private static final Field<String> TEXT = CONTENT.TITLE.concat(inline("\n"), CONTENT.BODY);

  private final DSLContext db;

  OwnContentTexts(DSLContext db) {
    this.db = db;
  }

  List<OwnText> otherThan(int contentId) {
    return db.select(CONTENT.ID, CONTENT.TITLE, TEXT)
        .from(CONTENT)
        .where(
            CONTENT
                .USER_ID
                .eq(appUserId())
                .and(CONTENT.DELETED_AT.isNull())
                .and(CONTENT.ID.ne(contentId)))
        .orderBy(CONTENT.CREATED_AT.desc(), CONTENT.ID.desc())
        .limit(MAX_CANDIDATES)
        .fetch(row -> new OwnText(row.value1(), row.value2(), row.value3()));
  }

  record OwnText(int id, String title, String text) {}
}
