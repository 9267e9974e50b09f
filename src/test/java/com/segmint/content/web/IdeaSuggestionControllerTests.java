package com.segmint.content.web;

import static com.segmint.content.web.ContentApi.CONTENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A content's idea suggestions: best first, and one final decision each, by the owner only. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class IdeaSuggestionControllerTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private ContentApi api;
  private int author;
  private int content;

  @BeforeEach
  void setUp() throws Exception {
    api = new ContentApi(mvc, issuer);
    author = fixtures.user("creator");
    content = api.create(author, "Spring launch", "We ship on Monday.");
  }

  @Test
  void shouldListSuggestionsMostRelevantFirstAndUnscoredLast() throws Exception {
    int unscored = fixtures.ideaSuggestion(author, content, "Unscored", null);
    int low = fixtures.ideaSuggestion(author, content, "Low", "0.20");
    int high = fixtures.ideaSuggestion(author, content, "High", "0.90");
    int alsoLow = fixtures.ideaSuggestion(author, content, "Also low", "0.20");

    var result =
        api.as(author, get(ideas()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].relevanceScore").value(0.9))
            .andExpect(jsonPath("$[0].status").value("new"))
            .andExpect(jsonPath("$[0].decidedAt").doesNotExist());
    assertThat(ContentApi.<List<Integer>>read(result, "$[*].id"))
        .containsExactly(high, low, alsoLow, unscored);
  }

  @Test
  void shouldAcceptAnIdeaAsANewDraftInTheSameTone() throws Exception {
    String suggestion =
        "Show three customer stories from the beta and what changed for each of them";
    int idea = fixtures.ideaSuggestion(author, content, suggestion, "0.80");

    var draft =
        api.as(author, accept(idea, "new-draft"))
            .andExpect(status().isCreated())
            .andExpect(header().exists(HttpHeaders.LOCATION))
            .andExpect(header().string(HttpHeaders.ETAG, "\"v0\""))
            .andExpect(jsonPath("$.title").value("Show three customer stories from the beta and…"))
            .andExpect(jsonPath("$.body").value(suggestion))
            .andExpect(jsonPath("$.tone").value("casual"))
            .andExpect(jsonPath("$.authorId").value(author));
    int draftId = ContentApi.read(draft, "$.id");
    assertThat(draftId).isNotEqualTo(content);
    api.as(author, get(CONTENTS + "/" + draftId)).andExpect(status().isOk());
    api.as(author, get(ideas()))
        .andExpect(jsonPath("$[0].status").value("accepted"))
        .andExpect(jsonPath("$[0].decidedAt").isNotEmpty());
  }

  @Test
  void shouldAcceptAnIdeaByExtendingTheContentAsANewVersion() throws Exception {
    int idea = fixtures.ideaSuggestion(author, content, "Add a countdown.", "0.60");

    api.as(author, accept(idea, "extend"))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"v1\""))
        .andExpect(jsonPath("$.id").value(content))
        .andExpect(jsonPath("$.body").value("We ship on Monday.\n\nAdd a countdown."));
    api.as(author, api.putText(content, "\"v0\"", "Stale", "edit"))
        .andExpect(status().isPreconditionFailed());
  }

  @Test
  void shouldDismissAnIdeaAndRefuseASecondDecisionWith409() throws Exception {
    int idea = fixtures.ideaSuggestion(author, content, "Post at midnight", "0.10");

    api.as(author, post(ideas() + "/" + idea + "/dismiss"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("dismissed"))
        .andExpect(jsonPath("$.decidedAt").isNotEmpty());
    api.as(author, post(ideas() + "/" + idea + "/dismiss"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("/problems/conflict"));
    api.as(author, accept(idea, "extend")).andExpect(status().isConflict());
    api.as(author, get(CONTENTS + "/" + content)).andExpect(jsonPath("$.version").value(0));
  }

  @Test
  void shouldRefuseToAcceptAnAlreadyAcceptedIdea() throws Exception {
    int idea = fixtures.ideaSuggestion(author, content, "Add a poll", "0.70");
    api.as(author, accept(idea, "new-draft")).andExpect(status().isCreated());

    api.as(author, accept(idea, "new-draft")).andExpect(status().isConflict());
    api.as(author, post(ideas() + "/" + idea + "/dismiss")).andExpect(status().isConflict());
  }

  @Test
  void shouldLetOnlyOneOfTwoConcurrentDecisionsPass() throws Exception {
    int idea = fixtures.ideaSuggestion(author, content, "Add a teaser video", "0.70");

    List<Integer> statuses =
        ConcurrentCalls.run(
            2,
            caller ->
                api.as(
                        author,
                        caller == 0
                            ? accept(idea, "extend")
                            : post(ideas() + "/" + idea + "/dismiss"))
                    .andReturn()
                    .getResponse()
                    .getStatus());

    assertThat(statuses).containsOnlyOnce(409).containsAnyOf(200);
    int expectedVersion = statuses.get(0) == 200 ? 1 : 0;
    api.as(author, get(CONTENTS + "/" + content))
        .andExpect(jsonPath("$.version").value(expectedVersion));
  }

  @Test
  void shouldLetOnlyTheOwnerDecide() throws Exception {
    int idea = fixtures.ideaSuggestion(author, content, "Add a poll", "0.70");
    int reviewer = fixtures.user("team_member");
    fixtures.workflow(author, content, reviewer, "reviewer");
    int stranger = fixtures.user("creator");

    api.perform(reviewer, "team_member", get(ideas())).andExpect(jsonPath("$[0].id").value(idea));
    api.perform(reviewer, "team_member", accept(idea, "extend")).andExpect(status().isNotFound());
    api.perform(reviewer, "team_member", post(ideas() + "/" + idea + "/dismiss"))
        .andExpect(status().isNotFound());
    api.as(stranger, get(ideas())).andExpect(status().isNotFound());
    api.as(stranger, post(ideas() + "/" + idea + "/dismiss")).andExpect(status().isNotFound());
    api.as(author, get(ideas())).andExpect(jsonPath("$[0].status").value("new"));
  }

  @Test
  void shouldAnswer404ForAnIdeaOfAnotherContent() throws Exception {
    int other = api.create(author, "Other", "text");
    int idea = fixtures.ideaSuggestion(author, other, "Elsewhere", "0.50");

    api.as(author, post(ideas() + "/" + idea + "/dismiss")).andExpect(status().isNotFound());
  }

  private String ideas() {
    return CONTENTS + "/" + content + "/ideas";
  }

  private MockHttpServletRequestBuilder accept(int idea, String mode) {
    return post(ideas() + "/" + idea + "/accept")
        .contentType(MediaType.APPLICATION_JSON)
        .content(ContentApi.toJson(Map.of("mode", mode)));
  }
}
