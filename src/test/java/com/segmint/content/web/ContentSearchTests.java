package com.segmint.content.web;

import static com.segmint.content.web.ContentApi.CONTENTS;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.content.search.ContentSearch;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Full-text search: ranked, highlighted, paged, and only over what the caller may see. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class ContentSearchTests {

  private static final String SEARCH = CONTENTS + "/search";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private ContentApi api;
  private int author;
  private String word;

  @BeforeEach
  void setUp() {
    api = new ContentApi(mvc, issuer);
    author = fixtures.user("creator");
    word = uniqueWord();
  }

  @Test
  void shouldRankATitleMatchAboveABodyOnlyMatchAndMarkTheWords() throws Exception {
    int inBody =
        api.create(author, "Weekly notes", "Long before the launch we talked about " + word + ".");
    int inTitle = api.create(author, "All about " + word, "Nothing else to say here.");

    ResultActions result = search(author, word).andExpect(status().isOk());

    assertThat(ContentApi.<List<Integer>>read(result, "$.items[*].id"))
        .containsExactly(inTitle, inBody);
    result
        .andExpect(
            jsonPath("$.items[1].snippet")
                .value(org.hamcrest.Matchers.containsString("<mark>" + word + "</mark>")))
        .andExpect(jsonPath("$.items[0].title").value("All about " + word))
        .andExpect(jsonPath("$.nextCursor").doesNotExist());
    List<Double> ranks = ContentApi.read(result, "$.items[*].rank");
    assertThat(ranks.get(0)).isGreaterThan(ranks.get(1));
  }

  @Test
  void shouldUnderstandWebSearchSyntax() throws Exception {
    int both = api.create(author, "Plans", word + " and roadmap together");
    api.create(author, "Plans", word + " alone");

    assertThat(idsFound(author, word + " roadmap")).containsExactly(both);
    assertThat(idsFound(author, word + " -roadmap")).doesNotContain(both).hasSize(1);
  }

  @Test
  void shouldNotShowAnotherCreatorsContentButShowItToItsReviewer() throws Exception {
    int id = api.create(author, "Secret " + word, "private plans");
    int stranger = fixtures.user("creator");
    int reviewer = fixtures.user("team_member");
    fixtures.workflow(author, id, reviewer, "reviewer");

    assertThat(idsFound(stranger, word)).isEmpty();
    assertThat(
            ContentApi.<List<Integer>>read(
                api.perform(reviewer, "team_member", get(SEARCH).param("q", word)),
                "$.items[*].id"))
        .containsExactly(id);
  }

  @Test
  void shouldFindTheCallersOwnAndReviewedContentTogetherButNoOtherCreators() throws Exception {
    int member = fixtures.user("creator");
    int own = api.create(member, "Mine " + word, "my draft");
    int reviewed = api.create(author, "Theirs " + word, "their draft");
    fixtures.workflow(author, reviewed, member, "reviewer");
    api.create(author, "Unshared " + word, "not for the member");

    assertThat(idsFound(member, word)).containsExactlyInAnyOrder(own, reviewed);
  }

  @Test
  void shouldFindEveryCreatorsContentForAnAdmin() throws Exception {
    int first = api.create(author, "First " + word, "one author");
    int second = api.create(fixtures.user("creator"), "Second " + word, "another author");
    int admin = fixtures.user("admin");

    assertThat(
            ContentApi.<List<Integer>>read(
                api.perform(admin, "admin", get(SEARCH).param("q", word)), "$.items[*].id"))
        .containsExactlyInAnyOrder(first, second);
  }

  @Test
  void shouldNotFindDeletedContent() throws Exception {
    int id = api.create(author, "Gone " + word, "soon deleted");
    api.as(author, delete(CONTENTS + "/" + id).header(HttpHeaders.IF_MATCH, "\"v0\""))
        .andExpect(status().isNoContent());

    assertThat(idsFound(author, word)).isEmpty();
  }

  @Test
  void shouldPageThroughEveryHitExactlyOnceBestFirst() throws Exception {
    List<Integer> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String title = i % 3 == 0 ? "Title " + word : "Item " + i;
      created.add(api.create(author, title, (word + " ").repeat(1 + i % 2) + "filler " + i));
    }
    List<Integer> seen = new ArrayList<>();
    List<Double> ranks = new ArrayList<>();
    pageThroughEveryHit(2, seen, ranks);

    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
    assertThat(ranks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void shouldRankTheNewestMatchesThenFollowWithTheOlderOnesNewestFirst() throws Exception {
    int ranked = ContentSearch.RANKED_MATCHES;
    List<Integer> newestFirst = insertMatches(ranked + 30);
    List<Integer> seen = new ArrayList<>();
    List<Double> ranks = new ArrayList<>();
    pageThroughEveryHit(100, seen, ranks);

    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(newestFirst);
    assertThat(seen.subList(0, ranked))
        .containsExactlyInAnyOrderElementsOf(newestFirst.subList(0, ranked));
    assertThat(ranks.subList(0, ranked)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(seen.subList(ranked, seen.size()))
        .containsExactlyElementsOf(newestFirst.subList(ranked, newestFirst.size()));
    assertThat(Collections.max(ranks.subList(ranked, ranks.size())))
        .as("an older title match is not ranked above the newest matches")
        .isGreaterThan(Collections.min(ranks.subList(0, ranked)));
  }

  @Test
  void shouldRefuseABlankMissingOrOversizedQueryNamingQ() throws Exception {
    search(author, "   ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("q"));
    api.as(author, get(SEARCH))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("q"));
    search(author, "a".repeat(201))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("q"));
    search(author, "a".repeat(200)).andExpect(status().isOk());
  }

  @Test
  void shouldRefuseACursorItDidNotIssue() throws Exception {
    for (String forged : List.of("nope", "t:1", "t" + Long.MIN_VALUE + ":1", "x12:1", "r12")) {
      String cursor =
          Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(UTF_8));
      api.as(author, get(SEARCH).param("q", word).param("cursor", cursor))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value("cursor"));
    }
  }

  /** Follows the cursors from the first page to the last, collecting every hit's id and rank. */
  private void pageThroughEveryHit(int limit, List<Integer> ids, List<Double> ranks)
      throws Exception {
    String cursor = null;
    do {
      ResultActions page =
          api.as(
                  author,
                  get(SEARCH)
                      .param("q", word)
                      .param("limit", String.valueOf(limit))
                      .param("cursor", cursor))
              .andExpect(status().isOk());
      ids.addAll(ContentApi.read(page, "$.items[*].id"));
      ranks.addAll(ContentApi.read(page, "$.items[*].rank"));
      cursor = ContentApi.read(page, "$.nextCursor");
    } while (cursor != null);
  }

  private ResultActions search(int user, String q) throws Exception {
    return api.as(user, get(SEARCH).param("q", q));
  }

  private List<Integer> idsFound(int user, String q) throws Exception {
    return ContentApi.read(search(user, q).andExpect(status().isOk()), "$.items[*].id");
  }

  /**
   * Contents of the author, a minute apart, every one matching the word, one in seven in its title
   * (ranked higher): their ids, newest first.
   */
  private List<Integer> insertMatches(int count) {
    JdbcTemplate sql = new JdbcTemplate(TestDatabase.get().superuser());
    sql.update(
        "INSERT INTO segmint.content (user_id, title, body, tone, created_at)"
            + " SELECT ?, CASE WHEN g % 7 = 0 THEN 'About ' || ? ELSE 'Item ' || g END,"
            + " ? || ' in a note, number ' || g, 'professional', now() - g * interval '1 minute'"
            + " FROM generate_series(1, ?) g",
        author, word, word, count);
    return sql.queryForList(
        "SELECT id FROM segmint.content WHERE user_id = ? ORDER BY created_at DESC, id DESC",
        Integer.class,
        author);
  }

  /** A made-up word no other test writes, so the shared database holds no other match. */
  private static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }
}
