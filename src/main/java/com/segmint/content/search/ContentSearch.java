package com.segmint.content.search;

import static com.segmint.common.schema.Tables.CONTENT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import com.segmint.common.InvalidRequest;
import com.segmint.common.schema.tables.ContentSearchPage;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.Select;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the content the caller may see, live only: {@code websearch_to_tsquery} on
 * the weighted {@code search_vector}, a highlighted snippet per hit. The newest {@value
 * #RANKED_MATCHES} matches come first, best first, ranked with {@code ts_rank} (title words weigh
 * more than body words; {@code ts_rank_cd}'s cover density cost three times as much); the older
 * matches of a query that common follow, newest first, so every match can be reached. Ranking every
 * match of a word in a fifth of 1M contents took 1.6 s; finding the newest matches stops early. The
 * database function {@code content_search_page} finds and ranks the page's hits, applying the
 * {@code content_select} policy's rule itself; the page's rows are then read from {@code content}
 * under row-level security as ever.
 */
@Service
public class ContentSearch {

  public static final int MAX_QUERY_LENGTH = 200;

  /** How many of the newest matches are ranked; older ones follow in time order. */
  public static final int RANKED_MATCHES = 300;

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
    var rows = db.fetch(page(text, after, size + 1));
    List<SearchHit> hits =
        rows.map(
            row ->
                new SearchHit(
                    row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
    if (hits.size() <= size) {
      return new CursorPage<>(hits, null);
    }
    SearchHit last = hits.get(size - 1);
    SearchCursor next =
        rows.get(size - 1).value6()
            ? SearchCursor.afterRanked(last.rank(), last.id())
            : SearchCursor.afterOlder(last.createdAt(), last.id());
    return new CursorPage<>(hits.subList(0, size), next.encode());
  }

  /**
   * The hits of one page with their snippets. {@code ts_headline} re-parses the body, far dearer
   * than ranking, so it runs for the page's rows alone.
   */
  private static Select<Record6<Integer, String, String, Double, OffsetDateTime, Boolean>> page(
      String text, SearchCursor after, int limit) {
    Field<Object> query = field("websearch_to_tsquery('english', {0})", Object.class, val(text));
    ContentSearchPage hits =
        ContentSearchPage.CONTENT_SEARCH_PAGE.call(
            query,
            val(after == null ? null : after.rank(), SQLDataType.DOUBLE),
            val(after == null ? null : after.createdAt(), SQLDataType.TIMESTAMPWITHTIMEZONE),
            val(after == null ? null : after.id(), SQLDataType.INTEGER),
            val(limit),
            inline(RANKED_MATCHES));
    Field<String> snippet =
        field(
            "ts_headline('english', {0}, {1}, {2})",
            String.class, CONTENT.BODY, query, inline(HEADLINE_OPTIONS));
    return select(CONTENT.ID, CONTENT.TITLE, snippet, hits.RANK, CONTENT.CREATED_AT, hits.RANKED)
        .from(hits)
        .join(CONTENT)
        .on(CONTENT.ID.eq(hits.ID))
        .orderBy(hits.ORDINAL);
  }
}
