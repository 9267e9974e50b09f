package com.segmint.content.similar;

import com.segmint.common.InvalidRequest;
import com.segmint.content.authoring.ContentDetails;
import com.segmint.content.authoring.ContentService;
import com.segmint.engine.LabelledText;
import com.segmint.engine.SemanticSearch;
import com.segmint.engine.Similarity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "More like this": the caller's own contents closest in meaning to a content they can see, by
 * embedding similarity (full-text search finds words; this finds meaning).
 */
@Service
public class SimilarContent {

  public static final int MAX_LIMIT = 50;

  private final ContentService contents;
  private final OwnContentTexts own;
  private final SemanticSearch search;

  SimilarContent(ContentService contents, OwnContentTexts own, SemanticSearch search) {
    this.contents = contents;
    this.own = own;
    this.search = search;
  }

  /** Not read-only: texts seen for the first time have their embeddings stored. */
  @Transactional
  public List<SimilarContentHit> closestTo(int contentId, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequest("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    ContentDetails content = contents.get(contentId);
    List<OwnContentTexts.OwnText> candidates = own.otherThan(contentId);
    Map<Integer, String> titles =
        candidates.stream()
            .collect(Collectors.toMap(OwnContentTexts.OwnText::id, OwnContentTexts.OwnText::title));
    List<Similarity> closest =
        search.closest(
            content.title() + "\n" + content.body(),
            candidates.stream().map(c -> new LabelledText(c.id(), c.text())).toList(),
            limit);
    return closest.stream()
        .map(hit -> new SimilarContentHit(hit.id(), titles.get(hit.id()), hit.similarity()))
        .toList();
  }
}
