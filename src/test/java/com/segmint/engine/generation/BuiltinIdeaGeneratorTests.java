package com.segmint.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.engine.CreatorCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in generator writes concrete ideas from the content's key phrases and the creator's
 * themes.
 */
class BuiltinIdeaGeneratorTests {

  private final BuiltinIdeaGenerator generator = new BuiltinIdeaGenerator();

  @Test
  void shouldWriteDistinctIdeasAboutTheContentsKeyPhrases() {
    CreatorCorpus.Creator runner = CreatorCorpus.RUNNER;
    List<String> ideas =
        texts(new IdeaBrief(runner.title(), runner.body(), runner.posts(), null, null, "x", 5));

    assertThat(ideas)
        .hasSize(10)
        .doesNotHaveDuplicates()
        .allMatch(idea -> idea.endsWith("(a thread)"));
    assertThat(ideas).anyMatch(idea -> idea.toLowerCase().contains("split"));
    assertThat(ideas).anyMatch(idea -> idea.toLowerCase().contains("marathon"));
  }

  @Test
  void shouldLeadEveryIdeaWithTheTopicWhenOneIsGiven() {
    CreatorCorpus.Creator baker = CreatorCorpus.BAKER;
    List<String> ideas =
        texts(
            new IdeaBrief(
                baker.title(), baker.body(), baker.posts(), "rye bread", "witty", null, 4));

    assertThat(ideas).hasSize(8).allMatch(idea -> idea.toLowerCase().contains("rye bread"));
    assertThat(ideas.get(0)).startsWith("Unpopular opinion");
  }

  @Test
  void shouldStillWriteIdeasForAContentOfStopWordsAlone() {
    List<String> ideas =
        texts(new IdeaBrief("The", "and the of it", List.of(), null, null, null, 1));

    assertThat(ideas).hasSize(8).allMatch(idea -> idea.contains("The"));
  }

  private List<String> texts(IdeaBrief brief) {
    return generator.generate(brief).stream().map(GeneratedIdea::text).toList();
  }
}
