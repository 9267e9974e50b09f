package com.segmint.content.ideas;

import static com.segmint.common.schema.Tables.IDEA_SUGGESTION;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import com.segmint.common.schema.enums.IdeaSource;
import com.segmint.common.schema.enums.IdeaStatus;
import com.segmint.common.schema.tables.records.IdeaSuggestionRecord;
import com.segmint.engine.ScoredIdea;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.springframework.stereotype.Repository;

/** Idea suggestions, under row-level security: visible with their content, changed by its owner. */
@Repository
class IdeaSuggestionRepository {

  private final DSLContext db;

  IdeaSuggestionRepository(DSLContext db) {
    this.db = db;
  }

  List<IdeaSuggestionDetails> bestFirst(int contentId) {
    return db.selectFrom(IDEA_SUGGESTION)
        .where(IDEA_SUGGESTION.CONTENT_ID.eq(contentId))
        .orderBy(IDEA_SUGGESTION.RELEVANCE_SCORE.desc().nullsLast(), IDEA_SUGGESTION.ID)
        .fetch(IdeaSuggestionRepository::details);
  }

  /** Stores scored ideas of a content, in the given order. */
  List<IdeaSuggestionDetails> insert(int contentId, List<ScoredIdea> scored) {
    if (scored.isEmpty()) {
      return List.of();
    }
    InsertValuesStep4<IdeaSuggestionRecord, Integer, String, BigDecimal, IdeaSource> insert =
        db.insertInto(
            IDEA_SUGGESTION,
            IDEA_SUGGESTION.CONTENT_ID,
            IDEA_SUGGESTION.SUGGESTION,
            IDEA_SUGGESTION.RELEVANCE_SCORE,
            IDEA_SUGGESTION.SOURCE);
    for (ScoredIdea idea : scored) {
      insert.values(
          contentId, idea.text(), idea.relevance(), IdeaSource.lookupLiteral(idea.source()));
    }
    List<IdeaSuggestionDetails> stored =
        insert.returning().fetch(IdeaSuggestionRepository::details);
    return stored.stream().sorted(Comparator.comparing(IdeaSuggestionDetails::id)).toList();
  }

  /**
   * The suggestion, locked until the transaction ends, if the caller may change it: {@code FOR
   * UPDATE} applies the UPDATE policy too (only the content's owner passes), and the lock makes two
   * concurrent decisions wait for each other.
   */
  Optional<IdeaSuggestionRecord> lockWritable(int contentId, int ideaId) {
    return db.selectFrom(IDEA_SUGGESTION)
        .where(IDEA_SUGGESTION.ID.eq(ideaId).and(IDEA_SUGGESTION.CONTENT_ID.eq(contentId)))
        .forUpdate()
        .fetchOptional();
  }

  IdeaSuggestionDetails decide(int ideaId, IdeaStatus status) {
    return db.update(IDEA_SUGGESTION)
        .set(IDEA_SUGGESTION.STATUS, status)
        .set(IDEA_SUGGESTION.DECIDED_AT, currentOffsetDateTime())
        .where(IDEA_SUGGESTION.ID.eq(ideaId))
        .returning()
        .fetchOne(IdeaSuggestionRepository::details);
  }

  static IdeaSuggestionDetails details(IdeaSuggestionRecord row) {
    return new IdeaSuggestionDetails(
        row.getId(),
        row.getContentId(),
        row.getSuggestion(),
        row.getRelevanceScore(),
        row.getSource().getLiteral(),
        row.getStatus().getLiteral(),
        row.getCreatedAt(),
        row.getDecidedAt());
  }
}
