package com.segmint.content.web;

import static com.segmint.content.web.ContentApi.CONTENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Content CRUD over real HTTP, real tokens and the real database with row-level security. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class ContentControllerTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private ContentApi api;
  private int author;

  @BeforeEach
  void setUp() {
    api = new ContentApi(mvc, issuer);
    author = fixtures.user("creator");
  }

  @Test
  void shouldCreateAContentAuthoredByTheCallerWithLocationAndETag() throws Exception {
    api.as(
            author,
            post(CONTENTS)
                .contentType(MediaType.APPLICATION_JSON)
                .content(ContentApi.json("Launch notes", "We ship on Monday.", "upbeat")))
        .andExpect(status().isCreated())
        .andExpect(
            header()
                .string(
                    HttpHeaders.LOCATION,
                    org.hamcrest.Matchers.matchesPattern("/api/v1/contents/\\d+")))
        .andExpect(header().string(HttpHeaders.ETAG, "\"v0\""))
        .andExpect(jsonPath("$.authorId").value(author))
        .andExpect(jsonPath("$.title").value("Launch notes"))
        .andExpect(jsonPath("$.tone").value("upbeat"))
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.deletedAt").doesNotExist());
  }

  @Test
  void shouldReadUpdateAndMoveOnToANewETag() throws Exception {
    int id = api.create(author, "Draft", "First words");
    String etag = api.etag(author, id);
    assertThat(etag).isEqualTo("\"v0\"");

    api.as(author, api.putText(id, etag, "Final", "Better words"))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"v1\""))
        .andExpect(jsonPath("$.title").value("Final"))
        .andExpect(jsonPath("$.body").value("Better words"));
    api.as(author, get(CONTENTS + "/" + id))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"v1\""))
        .andExpect(jsonPath("$.title").value("Final"));
  }

  @Test
  void shouldRequireIfMatchToUpdateOrDelete() throws Exception {
    int id = api.create(author, "Draft", "First words");
    api.as(author, api.putText(id, null, "Final", "Better words"))
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    api.as(author, delete(CONTENTS + "/" + id)).andExpect(status().isPreconditionRequired());
    api.as(author, get(CONTENTS + "/" + id)).andExpect(jsonPath("$.title").value("Draft"));
  }

  @Test
  void shouldRefuseAStaleIfMatchWith412() throws Exception {
    int id = api.create(author, "Draft", "First words");
    String stale = api.etag(author, id);
    api.as(author, api.putText(id, stale, "Second", "words")).andExpect(status().isOk());

    api.as(author, api.putText(id, stale, "Third", "words"))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value("/problems/precondition-failed"));
    api.as(author, delete(CONTENTS + "/" + id).header(HttpHeaders.IF_MATCH, stale))
        .andExpect(status().isPreconditionFailed());
    api.as(author, get(CONTENTS + "/" + id)).andExpect(jsonPath("$.title").value("Second"));
  }

  @Test
  void shouldLetExactlyOneOfTwoConcurrentUpdatesWithTheSameIfMatchWin() throws Exception {
    int id = api.create(author, "Draft", "First words");
    String etag = api.etag(author, id);

    List<Integer> statuses =
        ConcurrentCalls.run(
            2,
            caller ->
                api.as(author, api.putText(id, etag, "Title " + caller, "Body " + caller))
                    .andReturn()
                    .getResponse()
                    .getStatus());

    assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    int winner = statuses.indexOf(200);
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.user(author, "creator"),
        sql ->
            assertThat(
                    sql.queryForMap(
                        "SELECT title, body, version FROM segmint.content WHERE id = ?", id))
                .containsEntry("title", "Title " + winner)
                .containsEntry("body", "Body " + winner)
                .containsEntry("version", 1));
  }

  @Test
  void shouldHideAnotherCreatorsContentOnReadUpdateAndDelete() throws Exception {
    int id = api.create(author, "Mine", "Private words");
    int stranger = fixtures.user("creator");

    api.as(stranger, get(CONTENTS + "/" + id)).andExpect(status().isNotFound());
    api.as(stranger, api.putText(id, "\"v0\"", "Stolen", "words")).andExpect(status().isNotFound());
    api.as(stranger, delete(CONTENTS + "/" + id).header(HttpHeaders.IF_MATCH, "\"v0\""))
        .andExpect(status().isNotFound());
    api.as(stranger, post(CONTENTS + "/" + id + "/restore")).andExpect(status().isNotFound());
    api.as(author, get(CONTENTS + "/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Mine"))
        .andExpect(header().string(HttpHeaders.ETAG, "\"v0\""));
  }

  @Test
  void shouldLetAReviewerReadButNotChangeTheContent() throws Exception {
    int id = api.create(author, "For review", "Please check");
    int reviewer = fixtures.user("team_member");
    fixtures.workflow(author, id, reviewer, "reviewer");

    api.perform(reviewer, "team_member", get(CONTENTS + "/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("For review"));
    api.perform(reviewer, "team_member", api.putText(id, "\"v0\"", "Rewritten", "by reviewer"))
        .andExpect(status().isNotFound());
    api.perform(
            reviewer,
            "team_member",
            delete(CONTENTS + "/" + id).header(HttpHeaders.IF_MATCH, "\"v0\""))
        .andExpect(status().isNotFound());
    api.as(author, get(CONTENTS + "/" + id)).andExpect(jsonPath("$.title").value("For review"));
  }

  @Test
  void shouldMoveDeletedContentToTheTrashAndRestoreIt() throws Exception {
    int id = api.create(author, "Trash me", "Soon gone");
    String etag = api.etag(author, id);

    api.as(author, delete(CONTENTS + "/" + id).header(HttpHeaders.IF_MATCH, etag))
        .andExpect(status().isNoContent());
    api.as(author, get(CONTENTS + "/" + id)).andExpect(status().isNotFound());
    api.as(author, api.putText(id, "\"v1\"", "Edit", "trash")).andExpect(status().isNotFound());
    assertThat(idsOf(author, "?deleted=true")).containsExactly(id);
    assertThat(idsOf(author, "")).doesNotContain(id);

    api.as(author, post(CONTENTS + "/" + id + "/restore"))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"v2\""))
        .andExpect(jsonPath("$.deletedAt").doesNotExist());
    api.as(author, get(CONTENTS + "/" + id)).andExpect(status().isOk());
    assertThat(idsOf(author, "?deleted=true")).isEmpty();
  }

  @Test
  void shouldListOnlyTheCallersOwnContentNewestFirst() throws Exception {
    int first = api.create(author, "One", "first");
    int second = api.create(author, "Two", "second");
    int stranger = fixtures.user("creator");
    api.create(stranger, "Theirs", "not mine");

    assertThat(idsOf(author, "")).containsExactly(second, first);
  }

  @Test
  void shouldReturnEveryItemExactlyOnceAcrossPages() throws Exception {
    List<Integer> created = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      created.add(fixtures.content(author, "Item " + i, "body " + i));
    }
    List<Integer> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = null;
    do {
      var page =
          api.as(
                  author,
                  get(CONTENTS).param("limit", "20").param("cursor", cursor == null ? "" : cursor))
              .andExpect(status().isOk());
      List<Integer> ids = ContentApi.read(page, "$.items[*].id");
      pageSizes.add(ids.size());
      seen.addAll(ids);
      cursor = ContentApi.read(page, "$.nextCursor");
    } while (cursor != null);

    assertThat(pageSizes).containsExactly(20, 20, 5);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(newestFirst(created));
  }

  @Test
  void shouldRefuseABadCursorOrLimitNamingTheParameter() throws Exception {
    api.as(author, get(CONTENTS).param("cursor", "not-a-cursor"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("cursor"));
    api.as(author, get(CONTENTS).param("limit", "101"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("limit"));
    api.as(author, get(CONTENTS).param("limit", "many"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("limit"));
  }

  @Test
  void shouldAnswerAnUnknownOrNonNumericIdClearly() throws Exception {
    api.as(author, get(CONTENTS + "/2147483000")).andExpect(status().isNotFound());
    api.as(author, get(CONTENTS + "/abc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("id"));
  }

  private static List<Integer> newestFirst(List<Integer> ids) {
    List<Integer> reversed = new ArrayList<>(ids);
    Collections.reverse(reversed);
    return reversed;
  }

  private List<Integer> idsOf(int user, String query) throws Exception {
    return ContentApi.read(
        api.as(user, get(CONTENTS + query)).andExpect(status().isOk()), "$.items[*].id");
  }
}
