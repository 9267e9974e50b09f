package com.segmint.content.ideas;

import static com.segmint.common.schema.Tables.CONTENT;
import static com.segmint.common.schema.Tables.IDEA_SUGGESTION;
import static com.segmint.common.schema.Tables.PLATFORM_POST;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;

import com.segmint.common.schema.enums.IdeaStatus;
import com.segmint.common.schema.enums.PostStatus;
import com.segmint.engine.CreatorProfile;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.springframework.stereotype.Repository;

/**
 * What a creator's ideas are measured against, newest first and bounded: their other live content,
 * their decided ideas, and their content that a platform has posted (deleted or not: it was
 * published). The content at hand is left out of all three; it is measured on its own.
 */
@Repository
class CreatorProfileRepository {

  static final int MAX_CONTENTS = 500;
  static final int MAX_DECISIONS = 200;
  private static final Field<String> TEXT = CONTENT.TITLE.concat(inline("\n"), CONTENT.BODY);

  private final DSLContext db;

  CreatorProfileRepository(DSLContext db) {
    this.db = db;
  }

  CreatorProfile of(Integer authorId, int contentId) {
    if (authorId == null) {
      return new CreatorProfile(List.of(), List.of(), List.of(), List.of());
    }
    Condition others = CONTENT.USER_ID.eq(authorId).and(CONTENT.ID.ne(contentId));
    Result<Record2<String, IdeaStatus>> decisions = decisions(authorId);
    return new CreatorProfile(
        texts(others.and(CONTENT.DELETED_AT.isNull())),
        decided(decisions, IdeaStatus.accepted),
        decided(decisions, IdeaStatus.dismissed),
        texts(others.and(published())));
  }

  private List<String> texts(Condition condition) {
    return db.select(TEXT)
        .from(CONTENT)
        .where(condition)
        .orderBy(CONTENT.CREATED_AT.desc(), CONTENT.ID.desc())
        .limit(MAX_CONTENTS)
        .fetch(TEXT);
  }

  private Result<Record2<String, IdeaStatus>> decisions(int authorId) {
    return db.select(IDEA_SUGGESTION.SUGGESTION, IDEA_SUGGESTION.STATUS)
        .from(IDEA_SUGGESTION)
        .join(CONTENT)
        .on(CONTENT.ID.eq(IDEA_SUGGESTION.CONTENT_ID))
        .where(CONTENT.USER_ID.eq(authorId).and(IDEA_SUGGESTION.STATUS.ne(IdeaStatus.new_)))
        .orderBy(IDEA_SUGGESTION.DECIDED_AT.desc(), IDEA_SUGGESTION.ID.desc())
        .limit(MAX_DECISIONS)
        .fetch();
  }

  private static List<String> decided(
      Result<Record2<String, IdeaStatus>> decisions, IdeaStatus status) {
    return decisions.stream().filter(row -> row.value2() == status).map(Record2::value1).toList();
  }

  private static Condition published() {
    return exists(
        selectOne()
            .from(PLATFORM_POST)
            .where(
                PLATFORM_POST
                    .CONTENT_ID
                    .eq(CONTENT.ID)
                    .and(PLATFORM_POST.STATUS.eq(PostStatus.posted))));
  }
}
