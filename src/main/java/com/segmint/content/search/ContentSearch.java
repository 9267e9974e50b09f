package com.segmint.content.search;

import static com.segmint.common.schema.Tables.CONTENT;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import com.segmint.common.InvalidRequest;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the content the caller may see (row-level security decides), live only,
 * best first: {@code websearch_to_tsquery} on the weighted {@code search_vector}, ranked with
 * {@code ts_rank} (title words weigh more than body words; {@code ts_rank_cd}'s cover density cost
 * three times as much over 20,000 matches), a highlighted snippet per hit.
 */
@Service
public class ContentSearch {

  public static final int MAX_QUERY_LENGTH = 200;

  private static final String RANK = "rank";

  private static final String HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxFragments=2";

  private final DSLContext db;

  ContentSearch(DSLContext db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  public CursorPage<SearchHit> search(String text, String cursor, Integer limit) {
    if (text == null || text.isBlank() || text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequest("q", "q must be 1 to " + MAX_QUERY_LENGTH + " characters");
    }
    int size = Cursors.limit(limit);
    SearchCursor after = cursor == null || cursor.isBlank() ? null : SearchCursor.decode(cursor);
    List<SearchHit> hits = page(text, after, size + 1);
    if (hits.size() <= size) {
      return new CursorPage<>(hits, null);
    }
    SearchHit last = hits.get(size - 1);
    return new CursorPage<>(
        hits.subList(0, size), new SearchCursor(last.rank(), last.id()).encode());
  }

  /**
   * Ranks and pages first, then draws snippets for the page alone: {@code ts_headline} re-parses
   * the body, far dearer than ranking, so it must not run for every match.
   */
  private List<SearchHit> page(String text, SearchCursor after, int limit) {
    Field<Object> query = tsQuery(text);
    Table<?> page = rankedPage(query, CallerScope.of(db), after, limit).asTable("page");
    Field<Integer> id = page.field(CONTENT.ID);
    Field<Double> rank = page.field(RANK, Double.class);
    Field<String> snippet =
        field(
            "ts_headline('english', {0}, {1}, {2})",
            String.class, page.field(CONTENT.BODY), query, inline(HEADLINE_OPTIONS));
    return db.select(id, page.field(CONTENT.TITLE), snippet, rank, page.field(CONTENT.CREATED_AT))
        .from(page)
        .orderBy(rank.desc(), id.asc())
        .fetch(Records.mapping(SearchHit::new));
  }

  static Field<Object> tsQuery(String text) {
    return field("websearch_to_tsquery('english', {0})", Object.class, val(text));
  }

  /** The hits of one page, best first, with what their snippets need; visible to plan tests. */
  static Select<?> rankedPage(Field<Object> query, Condition scope, SearchCursor after, int limit) {
    // float8: the rank then reads and compares exactly, whatever the driver's transfer format
    Field<Double> rank =
        field("ts_rank({0}, {1})::float8", SQLDataType.DOUBLE, CONTENT.SEARCH_VECTOR, query);
    Table<?> matches =
        select(CONTENT.ID, CONTENT.TITLE, CONTENT.BODY, CONTENT.CREATED_AT, rank.as(RANK))
            .from(CONTENT)
            .where(condition("{0} @@ {1}", CONTENT.SEARCH_VECTOR, query))
            .and(CONTENT.DELETED_AT.isNull())
            .and(scope)
            .asTable("matches");
    Field<Double> matchRank = matches.field(RANK, Double.class);
    Field<Integer> matchId = matches.field(CONTENT.ID);
    return select(matches.fields())
        .from(matches)
        .where(after(matchRank, matchId, after))
        .orderBy(matchRank.desc(), matchId.asc())
        .limit(limit);
  }

  private static Condition after(Field<Double> rank, Field<Integer> id, SearchCursor cursor) {
    if (cursor == null) {
      return DSL.noCondition();
    }
    Field<Double> cursorRank = val(cursor.rank(), SQLDataType.DOUBLE);
    return rank.lt(cursorRank).or(rank.eq(cursorRank).and(id.gt(cursor.id())));
  }
}
