package com.segmint.content.web;

import static com.segmint.content.web.ContentApi.CONTENTS;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Drafts with no LLM configured: written by the rules, for the content's author only. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class DraftControllerTests {

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
    content = api.create(author, "Launch day", "We ship on Monday (finally). Come to the demo!");
  }

  @Test
  void shouldWriteARuleBasedDraftInTheContentsTone() throws Exception {
    api.as(author, post(drafts() + "?platform=LinkedIn"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.platform").value("LinkedIn"))
        .andExpect(jsonPath("$.writtenBy").value("rules"))
        .andExpect(jsonPath("$.tone").value("casual"))
        .andExpect(jsonPath("$.note").doesNotExist())
        .andExpect(
            jsonPath("$.posts[0]")
                .value(
                    "Launch day\n\nWe ship on Monday (finally). Come to the demo!"
                        + "\n\nWhat do you think?"))
        .andExpect(
            jsonPath("$.linkedInCommentary")
                .value(
                    "Launch day\n\nWe ship on Monday \\(finally\\). Come to the demo!"
                        + "\n\nWhat do you think?"));
  }

  @Test
  void shouldUseTheToneAskedFor() throws Exception {
    api.as(author, post(drafts() + "?platform=x&tone=bold"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.platform").value("Twitter"))
        .andExpect(jsonPath("$.tone").value("bold"))
        .andExpect(jsonPath("$.posts[0]", endsWith("Agree or disagree?")));
  }

  @Test
  void shouldAnswerNotFoundForAnotherCreatorsContent() throws Exception {
    int other = fixtures.user("creator");

    api.as(other, post(drafts() + "?platform=LinkedIn"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void shouldRefuseAnUnknownOrMissingPlatformNamingTheField() throws Exception {
    api.as(author, post(drafts() + "?platform=MySpace"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("platform"));
    api.as(author, post(drafts()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void shouldRefuseAToneTooLong() throws Exception {
    api.as(author, post(drafts() + "?platform=YouTube&tone=" + "x".repeat(101)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("tone"));
  }

  private String drafts() {
    return CONTENTS + "/" + content + "/drafts";
  }
}
