package com.segmint.content.web;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.segmint.content.web.ContentApi.CONTENTS;
import static com.segmint.support.LlmStub.CHAT;
import static com.segmint.support.LlmStub.answering;
import static com.segmint.support.LlmStub.failing;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Drafts end to end with a stubbed LLM: its draft is used when well formed and fitted when too
 * long; when it fails in any way the rules write the draft, the note says why, and the caller still
 * gets a 200.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class LlmDraftControllerTests {

  private static final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort());

  static {
    llm.start();
  }

  @DynamicPropertySource
  static void llmEndpoint(DynamicPropertyRegistry registry) {
    registry.add("segmint.llm.base-url", () -> llm.baseUrl() + "/v1");
    registry.add("segmint.llm.api-key", () -> "sk-test");
    registry.add("segmint.llm.timeout", () -> "3s");
    registry.add("segmint.llm.retry-backoff", () -> "10ms");
  }

  @AfterAll
  static void stopTheStub() {
    llm.stop();
  }

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private ContentApi api;
  private int author;
  private int content;

  @BeforeEach
  void setUp() throws Exception {
    llm.resetAll();
    api = new ContentApi(mvc, issuer);
    author = fixtures.user("creator");
    content = api.create(author, "Launch day", "We ship on Monday. Come to the demo!");
  }

  @Test
  void shouldUseTheLlmsWellFormedDraft() throws Exception {
    llm.stubFor(
        post(CHAT)
            .willReturn(answering("{\"title\": \"\", \"text\": \"Monday: we ship. Demo?\"}")));

    draft("X")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.writtenBy").value("llm"))
        .andExpect(jsonPath("$.note").doesNotExist())
        .andExpect(jsonPath("$.posts[0]").value("Monday: we ship. Demo?"));
  }

  @Test
  void shouldFitAnLlmDraftOverTheLimit() throws Exception {
    String tooLong = "A sentence about our launch on Monday. ".repeat(20);
    llm.stubFor(post(CHAT).willReturn(answering("```json\n{\"text\": \"" + tooLong + "\"}\n```")));

    draft("Twitter")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.writtenBy").value("llm"))
        .andExpect(
            jsonPath("$.note")
                .value("the LLM's draft broke x-weighted-length; adapted by the rules"))
        .andExpect(jsonPath("$.posts", hasSize(greaterThan(1))))
        .andExpect(jsonPath("$.posts[0]", endsWith(" 1/3")));
  }

  @Test
  void shouldFallBackToTheRulesWhenTheLlmFails() throws Exception {
    llm.stubFor(post(CHAT).willReturn(failing(500)));

    draft("LinkedIn")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.writtenBy").value("rules"))
        .andExpect(
            jsonPath("$.note")
                .value("the LLM endpoint failed (HTTP 500); written by the rules instead"));
  }

  @Test
  void shouldFallBackToTheRulesWhenTheAnswerIsMalformedOrMissingItsText() throws Exception {
    llm.stubFor(post(CHAT).willReturn(answering("{\"title\": \"only a title\"}")));
    draft("Instagram")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.writtenBy").value("rules"))
        .andExpect(
            jsonPath("$.note")
                .value("the LLM's answer had no \"text\"; written by the rules instead"));

    llm.stubFor(post(CHAT).willReturn(answering("no JSON at all")));
    draft("Instagram").andExpect(status().isOk()).andExpect(jsonPath("$.writtenBy").value("rules"));
  }

  @Test
  void shouldRetryARateLimitAndUseTheLlmsDraft() throws Exception {
    llm.stubFor(
        post(CHAT)
            .inScenario("rate limited")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(failing(429).withHeader("Retry-After", "0"))
            .willSetStateTo("cooled down"));
    llm.stubFor(
        post(CHAT)
            .inScenario("rate limited")
            .whenScenarioStateIs("cooled down")
            .willReturn(answering("{\"title\": \"Launch <day>\", \"text\": \"We ship!\"}")));

    draft("YouTube")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.writtenBy").value("llm"))
        .andExpect(jsonPath("$.title").value("Launch ‹day›"));
  }

  @Test
  void shouldFallBackToTheRulesWhenTheLlmTimesOut() throws Exception {
    llm.stubFor(post(CHAT).willReturn(answering("{\"text\": \"late\"}").withFixedDelay(7_000)));

    draft("X")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.writtenBy").value("rules"))
        .andExpect(
            jsonPath("$.note")
                .value("the LLM did not answer in time; written by the rules instead"));
  }

  private ResultActions draft(String platform) throws Exception {
    return api.as(
        author,
        MockMvcRequestBuilders.post(CONTENTS + "/" + content + "/drafts?platform=" + platform));
  }
}
