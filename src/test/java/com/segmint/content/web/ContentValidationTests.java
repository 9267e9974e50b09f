package com.segmint.content.web;

import static com.segmint.content.web.ContentApi.CONTENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input is a 400 problem naming the field, never a 500 and never a stored row. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class ContentValidationTests {

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
  void shouldRefuseMalformedJson() throws Exception {
    create("{\"title\": \"unfinished\"")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/malformed-body"));
  }

  @Test
  void shouldRefuseAWrongTypeNamingTheField() throws Exception {
    create("{\"title\": [\"a\", \"list\"], \"body\": \"text\", \"tone\": \"casual\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"));
  }

  @Test
  void shouldRefuseMissingFieldsNamingEachOne() throws Exception {
    create("{\"title\": \"Only a title\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("/problems/invalid-request"))
        .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("body", "tone")));
  }

  @Test
  void shouldRefuseABlankTitle() throws Exception {
    create(ContentApi.json("   ", "text", "casual"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"));
  }

  @Test
  void shouldRefuseAnOversizedTitleToneOrBody() throws Exception {
    create(ContentApi.json("t".repeat(256), "text", "casual"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"));
    create(ContentApi.json("Title", "text", "x".repeat(101)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("tone"));
    create(ContentApi.json("Title", "b".repeat(100_001), "casual"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"));
  }

  @Test
  void shouldAcceptTheLargestAllowedValues() throws Exception {
    create(ContentApi.json("t".repeat(255), "b".repeat(100_000), "x".repeat(100)))
        .andExpect(status().isCreated());
  }

  @Test
  void shouldRefuseAnInvalidUpdateBodyBeforeLookingAtTheVersion() throws Exception {
    int id = api.create(author, "Draft", "text");
    api.as(author, api.putText(id, "\"v0\"", "", "text"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"));
  }

  @Test
  void shouldRefuseAnUnknownAcceptModeNamingIt() throws Exception {
    int id = api.create(author, "Draft", "text");
    int idea = fixtures.ideaSuggestion(author, id, "An idea", "0.5");
    api.as(
            author,
            post(CONTENTS + "/" + id + "/ideas/" + idea + "/accept")
                .contentType(MediaType.APPLICATION_JSON)
                .content(ContentApi.toJson(Map.of("mode", "merge"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("mode"));
    api.as(
            author,
            post(CONTENTS + "/" + id + "/ideas/" + idea + "/accept")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("mode"));
  }

  private ResultActions create(String body) throws Exception {
    return api.as(author, post(CONTENTS).contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
