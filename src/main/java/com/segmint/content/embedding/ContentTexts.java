package com.segmint.content.embedding;

import static com.segmint.common.schema.Tables.CONTENT;

import com.segmint.engine.ContentAtHand;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Contents as the texts the engine embeds, deleted ones too (a deleted post that was published
 * still counts in its creator's profile). Read by the system actor: every creator's rows.
 */
@Repository
class ContentTexts {

  private final DSLContext db;

  ContentTexts(DSLContext db) {
    this.db = db;
  }

  Optional<String> of(int contentId) {
    return db.select(CONTENT.TITLE, CONTENT.BODY)
        .from(CONTENT)
        .where(CONTENT.ID.eq(contentId))
        .fetchOptional(row -> new ContentAtHand(row.value1(), row.value2()).text());
  }

  /** The next {@code limit} contents after {@code afterId}, by id. */
  List<IdentifiedText> after(int afterId, int limit) {
    return db.select(CONTENT.ID, CONTENT.TITLE, CONTENT.BODY)
        .from(CONTENT)
        .where(CONTENT.ID.gt(afterId))
        .orderBy(CONTENT.ID)
        .limit(limit)
        .fetch(
            row ->
                new IdentifiedText(
                    row.value1(), new ContentAtHand(row.value2(), row.value3()).text()));
  }

  record IdentifiedText(int id, String text) {}
}
