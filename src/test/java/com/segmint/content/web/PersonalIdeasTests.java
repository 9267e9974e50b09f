package com.segmint.content.web;

import static com.segmint.content.web.ContentApi.CONTENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.engine.CreatorCorpus;
import com.segmint.engine.CreatorCorpus.Creator;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Ideas generated or written by the creator, all scored by one relevance measure against the
 * creator's own history: on-topic above off-topic, dismissals and publications remembered.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class PersonalIdeasTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private ContentApi api;

  @BeforeEach
  void setUp() {
    api = new ContentApi(mvc, issuer);
  }

  @Test
  void shouldScoreOnTopicOwnIdeasAboveOffTopicOnesForEveryCreator() throws Exception {
    for (Creator creator : CreatorCorpus.ALL) {
      int user = fixtures.user("creator");
      int content = writeHistory(user, creator);
      List<String> texts = new ArrayList<>(creator.onTopic());
      texts.addAll(creator.offTopic());

      Map<String, BigDecimal> scores = scoresByText(addOwn(user, content, texts));

      BigDecimal lowestOnTopic =
          creator.onTopic().stream().map(scores::get).min(BigDecimal::compareTo).orElseThrow();
      BigDecimal highestOffTopic =
          creator.offTopic().stream().map(scores::get).max(BigDecimal::compareTo).orElseThrow();
      assertThat(lowestOnTopic).as(creator.name()).isGreaterThan(highestOffTopic);
      scores.values().forEach(PersonalIdeasTests::assertStorable);
    }
  }

  @Test
  void shouldGenerateDiverseScoredIdeasBestFirstNamingTheirGenerator() throws Exception {
    int user = fixtures.user("creator");
    int content = writeHistory(user, CreatorCorpus.RUNNER);

    ResultActions generated =
        api.as(user, generate(content, "{\"count\": 6, \"platform\": \"LinkedIn\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.generator").value("builtin"))
            .andExpect(jsonPath("$.note").doesNotExist())
            .andExpect(jsonPath("$.ideas[0].source").value("builtin"))
            .andExpect(jsonPath("$.ideas[0].status").value("new"));

    List<String> texts = ContentApi.read(generated, "$.ideas[*].suggestion");
    List<Double> scores = doubles(ContentApi.read(generated, "$.ideas[*].relevanceScore"));
    assertThat(texts)
        .hasSize(6)
        .doesNotHaveDuplicates()
        .allMatch(t -> t.contains("(a LinkedIn post)"));
    assertThat(scores).isSortedAccordingTo(Collections.reverseOrder());
    scores.forEach(score -> assertStorable(BigDecimal.valueOf(score)));
    List<Integer> stored = ContentApi.read(api.as(user, get(ideas(content))), "$[*].id");
    assertThat(stored).containsExactlyElementsOf(ContentApi.read(generated, "$.ideas[*].id"));
  }

  @Test
  void shouldScoreOwnIdeasExactlyAsIdenticalGeneratedOnesAndListThemTogether() throws Exception {
    int user = fixtures.user("creator");
    int content = writeHistory(user, CreatorCorpus.PLATFORM_ENGINEER);
    ResultActions generated = api.as(user, generate(content, "{\"count\": 4}"));
    List<String> texts = ContentApi.read(generated, "$.ideas[*].suggestion");
    List<Double> generatedScores = doubles(ContentApi.read(generated, "$.ideas[*].relevanceScore"));

    ResultActions own =
        addOwn(user, content, texts).andExpect(jsonPath("$[0].source").value("creator"));
    List<String> ownTexts =
        new ArrayList<>(CreatorCorpus.PLATFORM_ENGINEER.offTopic().subList(0, 1));
    addOwn(user, content, ownTexts);

    assertThat(ContentApi.<List<String>>read(own, "$[*].suggestion"))
        .containsExactlyElementsOf(texts);
    assertThat(doubles(ContentApi.read(own, "$[*].relevanceScore")))
        .containsExactlyElementsOf(generatedScores);
    ResultActions listed = api.as(user, get(ideas(content))).andExpect(status().isOk());
    List<Double> listedScores = doubles(ContentApi.read(listed, "$[*].relevanceScore"));
    List<String> sources = ContentApi.read(listed, "$[*].source");
    assertThat(listedScores).hasSize(9).isSortedAccordingTo(Collections.reverseOrder());
    assertThat(sources).containsOnly("builtin", "creator");
    assertThat(sources.indexOf("creator")).isLessThan(sources.lastIndexOf("builtin"));
    assertThat(ContentApi.<String>read(listed, "$[8].suggestion")).isEqualTo(ownTexts.get(0));
  }

  @Test
  void shouldLowerTheScoreOfIdeasLikeOneTheCreatorDismissed() throws Exception {
    int user = fixtures.user("creator");
    int content = writeHistory(user, CreatorCorpus.BAKER);
    String dismissed = "How to use a thermometer to time sourdough bulk fermentation";
    String alike = "Using a dough thermometer to know when bulk fermentation is done";
    ResultActions before = addOwn(user, content, List.of(dismissed, alike));
    BigDecimal alikeBefore = scoresByText(before).get(alike);
    int dismissedId = idOf(before, dismissed);

    api.as(user, post(ideas(content) + "/" + dismissedId + "/dismiss")).andExpect(status().isOk());
    BigDecimal alikeAfter = scoresByText(addOwn(user, content, List.of(alike))).get(alike);

    assertThat(alikeAfter).isLessThan(alikeBefore);
  }

  @Test
  void shouldRaiseTheScoreOfIdeasLikeOneTheCreatorAccepted() throws Exception {
    int user = fixtures.user("creator");
    int content = writeHistory(user, CreatorCorpus.BAKER);
    String accepted = "Growing heritage wheat in the bakery garden to mill our own flour";
    String alike = "What we learned growing and milling our own heritage wheat";
    ResultActions before = addOwn(user, content, List.of(accepted, alike));
    BigDecimal alikeBefore = scoresByText(before).get(alike);

    api.as(
            user,
            post(ideas(content) + "/" + idOf(before, accepted) + "/accept")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mode\": \"new-draft\"}"))
        .andExpect(status().isCreated());
    BigDecimal alikeAfter = scoresByText(addOwn(user, content, List.of(alike))).get(alike);

    assertThat(alikeAfter).isGreaterThan(alikeBefore);
  }

  @Test
  void shouldScoreANearDuplicateOfAPublishedPostLow() throws Exception {
    int user = fixtures.user("creator");
    int content = writeHistory(user, CreatorCorpus.BAKER);
    int published =
        api.create(
            user,
            "Our first sourdough workshop",
            "Twelve people fed their own starters and baked a loaf each in our first sourdough"
                + " workshop.");
    publish(user, published);
    String repeat =
        "Our first sourdough workshop: twelve people baked a loaf each from their own starter";
    String fresh = "Three signs your sourdough loaf is underproofed and how to fix it";

    Map<String, BigDecimal> scores = scoresByText(addOwn(user, content, List.of(repeat, fresh)));

    assertThat(scores.get(repeat))
        .isLessThanOrEqualTo(new BigDecimal("0.10"))
        .isLessThan(scores.get(fresh));
  }

  @Test
  void shouldRefuseBadIdeasWithAProblemNamingTheField() throws Exception {
    int user = fixtures.user("creator");
    int content = api.create(user, "A content", "With a body.");
    List<String> tooMany = Collections.nCopies(51, "An idea");
    List<String> bodies =
        List.of(
            "{\"ideas\": []}",
            ContentApi.toJson(Map.of("ideas", tooMany)),
            "{\"ideas\": [\"  \"]}",
            ContentApi.toJson(Map.of("ideas", List.of("x".repeat(501)))),
            "{}");
    for (String body : bodies) {
      api.as(
              user,
              post(ideas(content) + "/own").contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.field").value(startsWith("ideas")));
    }
    for (String body :
        List.of(
            "{\"count\": 0}",
            "{\"count\": 21}",
            "{\"platform\": \"MySpace\"}",
            "{\"topic\": \" \"}")) {
      api.as(user, generate(content, body))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    assertThat(ContentApi.<List<?>>read(api.as(user, get(ideas(content))), "$")).isEmpty();
  }

  @Test
  void shouldAnswerNotFoundForAnotherCreatorsContent() throws Exception {
    int owner = fixtures.user("creator");
    int other = fixtures.user("creator");
    int content = api.create(owner, "Private plans", "Not for other creators.");

    api.as(other, generate(content, "{}")).andExpect(status().isNotFound());
    api.as(
            other,
            post(ideas(content) + "/own")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ideas\": [\"Mine now\"]}"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    api.as(other, get(CONTENTS + "/" + content + "/similar")).andExpect(status().isNotFound());
    assertThat(ContentApi.<List<?>>read(api.as(owner, get(ideas(content))), "$")).isEmpty();
  }

  @Test
  void shouldFindTheCallersOwnContentClosestInMeaning() throws Exception {
    int user = fixtures.user("creator");
    int content = writeHistory(user, CreatorCorpus.BAKER);
    int running = api.create(user, "Easy runs", CreatorCorpus.RUNNER.posts().get(1));
    int othersBaking =
        api.create(fixtures.user("creator"), "Starter", CreatorCorpus.BAKER.posts().get(0));

    ResultActions similar =
        api.as(user, get(CONTENTS + "/" + content + "/similar").param("limit", "5"))
            .andExpect(status().isOk());

    List<Integer> ids = ContentApi.read(similar, "$[*].id");
    List<Double> similarity = doubles(ContentApi.read(similar, "$[*].similarity"));
    assertThat(ids).hasSize(5).doesNotContain(content, othersBaking).endsWith(running);
    assertThat(similarity).isSortedAccordingTo(Collections.reverseOrder());
    api.as(user, get(CONTENTS + "/" + content + "/similar").param("limit", "51"))
        .andExpect(status().isBadRequest());
  }

  private int writeHistory(int user, Creator creator) throws Exception {
    for (String post : creator.posts()) {
      String[] parts = post.split("\n", 2);
      api.create(user, parts[0], parts[1]);
    }
    return api.create(user, creator.title(), creator.body());
  }

  private void publish(int user, int content) {
    int profile = fixtures.socialProfile(user, "Instagram");
    int post = fixtures.scheduledPost(user, content, profile);
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.update(
                "UPDATE segmint.platform_post SET status = 'posted', posted_at = now() WHERE id = ?",
                post));
  }

  private ResultActions addOwn(int user, int content, List<String> texts) throws Exception {
    return api.as(
            user,
            post(ideas(content) + "/own")
                .contentType(MediaType.APPLICATION_JSON)
                .content(ContentApi.toJson(Map.of("ideas", texts))))
        .andExpect(status().isCreated());
  }

  private static MockHttpServletRequestBuilder generate(int content, String body) {
    return post(ideas(content)).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private static Map<String, BigDecimal> scoresByText(ResultActions result) throws Exception {
    List<String> texts = ContentApi.read(result, "$[*].suggestion");
    List<Number> scores = ContentApi.read(result, "$[*].relevanceScore");
    Map<String, BigDecimal> byText = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      byText.put(texts.get(i), new BigDecimal(scores.get(i).toString()));
    }
    return byText;
  }

  private static List<Double> doubles(List<Number> numbers) {
    return numbers.stream().map(Number::doubleValue).toList();
  }

  private static int idOf(ResultActions result, String text) throws Exception {
    List<Integer> ids = ContentApi.read(result, "$[?(@.suggestion == '" + text + "')].id");
    return ids.get(0);
  }

  private static void assertStorable(BigDecimal score) {
    assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    assertThat(score.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
  }

  private static String ideas(int content) {
    return CONTENTS + "/" + content + "/ideas";
  }
}
