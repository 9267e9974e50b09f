package com.segmint.engine.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.engine.generation.GeneratedIdea;
import com.segmint.engine.generation.IdeaBrief;
import com.segmint.engine.generation.IdeaGenerationFailed;
import com.segmint.engine.generation.IdeaGenerator;
import com.segmint.engine.generation.IdeaSource;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The language model when there is one, the built-in generator otherwise, and a note on fallback.
 */
class GeneratorChoiceTests {

  private static final IdeaBrief BRIEF =
      new IdeaBrief("Title", "Body", List.of(), null, null, null, 3);

  @Test
  void shouldUseTheBuiltinGeneratorWhenNoLanguageModelIsConfigured() {
    GeneratorChoice.Candidates candidates = new GeneratorChoice(List.of(builtin())).generate(BRIEF);

    assertThat(candidates.generator()).isEqualTo(IdeaSource.builtin);
    assertThat(candidates.note()).isNull();
    assertThat(candidates.ideas()).extracting(GeneratedIdea::text).containsExactly("built in");
  }

  @Test
  void shouldPreferTheLanguageModelWhenItAnswers() {
    IdeaGenerator model =
        generator(IdeaSource.llm, brief -> List.of(idea("from the model", IdeaSource.llm)));

    GeneratorChoice.Candidates candidates =
        new GeneratorChoice(List.of(builtin(), model)).generate(BRIEF);

    assertThat(candidates.generator()).isEqualTo(IdeaSource.llm);
    assertThat(candidates.note()).isNull();
    assertThat(candidates.ideas())
        .extracting(GeneratedIdea::text)
        .containsExactly("from the model");
  }

  @Test
  void shouldFallBackToTheBuiltinGeneratorAndSaySoWhenTheLanguageModelFails() {
    IdeaGenerator failing =
        generator(
            IdeaSource.llm,
            brief -> {
              throw new IdeaGenerationFailed("the model answered 503");
            });
    IdeaGenerator silent = generator(IdeaSource.llm, brief -> List.of());

    for (IdeaGenerator model : List.of(failing, silent)) {
      GeneratorChoice.Candidates candidates =
          new GeneratorChoice(List.of(model, builtin())).generate(BRIEF);

      assertThat(candidates.generator()).isEqualTo(IdeaSource.builtin);
      assertThat(candidates.note()).contains("language model").contains("built-in");
      assertThat(candidates.ideas()).extracting(GeneratedIdea::text).containsExactly("built in");
    }
  }

  private static IdeaGenerator builtin() {
    return generator(IdeaSource.builtin, brief -> List.of(idea("built in", IdeaSource.builtin)));
  }

  private static GeneratedIdea idea(String text, IdeaSource source) {
    return new GeneratedIdea(text, source);
  }

  private static IdeaGenerator generator(
      IdeaSource source, Function<IdeaBrief, List<GeneratedIdea>> answer) {
    return new IdeaGenerator() {
      @Override
      public IdeaSource source() {
        return source;
      }

      @Override
      public List<GeneratedIdea> generate(IdeaBrief brief) {
        return answer.apply(brief);
      }
    };
  }
}
