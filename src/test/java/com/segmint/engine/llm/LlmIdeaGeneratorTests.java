package com.segmint.engine.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.segmint.support.LlmStub.CHAT;
import static com.segmint.support.LlmStub.answering;
import static com.segmint.support.LlmStub.failing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.segmint.engine.generation.GeneratedIdea;
import com.segmint.engine.generation.IdeaBrief;
import com.segmint.engine.generation.IdeaGenerationFailed;
import com.segmint.engine.generation.IdeaSource;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The LLM generator against a stubbed OpenAI-compatible endpoint: it parses what is well formed,
 * repairs what can be repaired, retries what is worth retrying within limits, and otherwise fails
 * with a clear message that holds no secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class LlmIdeaGeneratorTests {

  private static final String KEY = "sk-stub-secret-key";

  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final IdeaBrief brief =
      new IdeaBrief(
          "Remote onboarding",
          "How we onboard remote engineers in their first week.",
          List.of("Our hiring process, step by step"),
          "onboarding",
          "witty",
          "LinkedIn",
          3);

  @Test
  void shouldParseWellFormedIdeasAndAskForJsonWithTheKeyAndModel() {
    llm.stubFor(
        post(CHAT)
            .willReturn(
                answering(
                    "{\"ideas\":[{\"text\":\"A first-week checklist\"},"
                        + "{\"text\":\"What our buddies do\"}]}")));

    List<GeneratedIdea> ideas = generator(Duration.ofSeconds(5)).generate(brief);

    assertThat(ideas)
        .containsExactly(
            new GeneratedIdea("A first-week checklist", IdeaSource.llm),
            new GeneratedIdea("What our buddies do", IdeaSource.llm));
    llm.verify(
        postRequestedFor(urlEqualTo(CHAT))
            .withHeader("Authorization", equalTo("Bearer " + KEY))
            .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
            .withRequestBody(matchingJsonPath("$.model", equalTo("stub-model")))
            .withRequestBody(containing("Playful and clever"))
            .withRequestBody(containing("Our hiring process")));
  }

  @Test
  void shouldRepairACodeFenceWithProseAroundIt() {
    llm.stubFor(
        post(CHAT)
            .willReturn(
                answering(
                    "Sure! Here you go:\n```json\n{\"ideas\": [{\"text\": \"Buddy system\"},]}\n"
                        + "```\nLet me know if you want more.")));

    assertThat(texts(generator(Duration.ofSeconds(5)).generate(brief)))
        .containsExactly("Buddy system");
  }

  @Test
  void shouldRepairABareArrayOfStringsAndObjectsWithExtraFields() {
    llm.stubFor(
        post(CHAT)
            .willReturn(
                answering(
                    "[\"Day one demo\", {\"text\": \"Async  standups\", \"score\": 0.9},"
                        + " {\"score\": 1}, \"day one demo\", \"\"]")));

    assertThat(texts(generator(Duration.ofSeconds(5)).generate(brief)))
        .containsExactly("Day one demo", "Async standups");
  }

  @Test
  void shouldRejectAnAnswerThatIsNotJson() {
    llm.stubFor(post(CHAT).willReturn(answering("I cannot help with that.")));

    assertFailsWith("the LLM's answer held no JSON");
  }

  @Test
  void shouldRejectTruncatedJson() {
    llm.stubFor(post(CHAT).willReturn(answering("{\"ideas\": [{\"text\": \"Half an id")));

    assertFailsWith("the LLM's answer was malformed JSON");
  }

  @Test
  void shouldRejectIdeasWithoutText() {
    llm.stubFor(post(CHAT).willReturn(answering("{\"ideas\": [{\"score\": 1}, {}]}")));

    assertFailsWith("the LLM's answer held no usable idea");
  }

  @Test
  void shouldRejectAnAnswerWithoutAnIdeasList() {
    llm.stubFor(post(CHAT).willReturn(answering("{\"message\": \"done\"}")));

    assertFailsWith("the LLM's answer had no \"ideas\" list");
  }

  @Test
  void shouldRetryA500ABoundedNumberOfTimesThenFail(CapturedOutput output) {
    llm.stubFor(post(CHAT).willReturn(failing(500)));

    assertFailsWith("the LLM endpoint failed (HTTP 500)");
    llm.verify(exactly(3), postRequestedFor(urlEqualTo(CHAT)));
    assertThat(output.getAll()).doesNotContain(KEY).doesNotContain("sk-s****cret");
  }

  @Test
  void shouldRetryA429AfterItsRetryAfterAndThenSucceed() {
    llm.stubFor(
        post(CHAT)
            .inScenario("rate limited")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(failing(429).withHeader("Retry-After", "1"))
            .willSetStateTo("cooled down"));
    llm.stubFor(
        post(CHAT)
            .inScenario("rate limited")
            .whenScenarioStateIs("cooled down")
            .willReturn(answering("{\"ideas\":[{\"text\":\"Patience pays\"}]}")));

    long started = System.nanoTime();
    List<GeneratedIdea> ideas = generator(Duration.ofSeconds(5)).generate(brief);

    assertThat(texts(ideas)).containsExactly("Patience pays");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(900));
    llm.verify(exactly(2), postRequestedFor(urlEqualTo(CHAT)));
  }

  @Test
  void shouldFailAtOnceWhenRetryAfterIsLong() {
    llm.stubFor(post(CHAT).willReturn(failing(429).withHeader("Retry-After", "3600")));

    assertFailsWith("the LLM endpoint is rate-limiting requests (HTTP 429)");
    llm.verify(exactly(1), postRequestedFor(urlEqualTo(CHAT)));
  }

  @Test
  void shouldRetryATimeoutOnceThenFail() {
    llm.stubFor(
        post(CHAT)
            .willReturn(answering("{\"ideas\":[{\"text\":\"Too late\"}]}").withFixedDelay(1_500)));

    assertThatThrownBy(() -> generator(Duration.ofMillis(300)).generate(brief))
        .isInstanceOf(IdeaGenerationFailed.class)
        .hasMessage("the LLM did not answer in time");
    llm.verify(exactly(2), postRequestedFor(urlEqualTo(CHAT)));
  }

  @Test
  void shouldNotRetryARefusedKey() {
    llm.stubFor(post(CHAT).willReturn(failing(401)));

    assertFailsWith("the LLM endpoint refused the configured credentials (HTTP 401)");
    llm.verify(exactly(1), postRequestedFor(urlEqualTo(CHAT)));
  }

  @Test
  void shouldNeverShowTheKeyInItsSettings() {
    assertThat(properties(Duration.ofSeconds(1)).toString()).doesNotContain(KEY).contains("****");
  }

  private void assertFailsWith(String message) {
    assertThatThrownBy(() -> generator(Duration.ofSeconds(5)).generate(brief))
        .isInstanceOf(IdeaGenerationFailed.class)
        .hasMessage(message)
        .message()
        .doesNotContain(KEY);
  }

  private LlmIdeaGenerator generator(Duration timeout) {
    return new LlmIdeaGenerator(new LlmChat(ChatModels.openAiCompatible(properties(timeout))));
  }

  private static LlmProperties properties(Duration timeout) {
    return new LlmProperties(
        llm.baseUrl() + "/v1",
        KEY,
        "stub-model",
        timeout,
        2,
        512,
        Duration.ofSeconds(2),
        Duration.ofMillis(10),
        true);
  }

  private static List<String> texts(List<GeneratedIdea> ideas) {
    return ideas.stream().map(GeneratedIdea::text).toList();
  }
}
