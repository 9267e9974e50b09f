package com.segmint.engine.ideas;

import com.segmint.engine.generation.GeneratedIdea;
import com.segmint.engine.generation.IdeaBrief;
import com.segmint.engine.generation.IdeaGenerationFailed;
import com.segmint.engine.generation.IdeaGenerator;
import com.segmint.engine.generation.IdeaSource;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The language model when one is configured (an available {@link IdeaGenerator} of source {@code
 * llm}), the built-in generator otherwise or when the model fails; a fallback is said in a note.
 */
@Component
class GeneratorChoice {

  private static final Logger log = LoggerFactory.getLogger(GeneratorChoice.class);

  private final Optional<IdeaGenerator> languageModel;
  private final IdeaGenerator builtin;

  GeneratorChoice(List<IdeaGenerator> generators) {
    this.languageModel = bySource(generators, IdeaSource.llm).filter(IdeaGenerator::available);
    this.builtin =
        bySource(generators, IdeaSource.builtin)
            .orElseThrow(() -> new IllegalStateException("the built-in idea generator is missing"));
  }

  Candidates generate(IdeaBrief brief) {
    if (languageModel.isEmpty()) {
      return new Candidates(builtin.generate(brief), IdeaSource.builtin, null);
    }
    try {
      List<GeneratedIdea> ideas = languageModel.get().generate(brief);
      if (!ideas.isEmpty()) {
        return new Candidates(ideas, IdeaSource.llm, null);
      }
      return fallback(brief, "the language model returned no ideas");
    } catch (IdeaGenerationFailed e) {
      log.warn(
          "Idea generation by the language model failed, using the built-in generator: {}",
          e.getMessage());
      return fallback(brief, e.getMessage());
    }
  }

  private Candidates fallback(IdeaBrief brief, String reason) {
    return new Candidates(
        builtin.generate(brief),
        IdeaSource.builtin,
        "The language model could not answer ("
            + reason
            + "); the built-in generator wrote these.");
  }

  private static Optional<IdeaGenerator> bySource(List<IdeaGenerator> all, IdeaSource source) {
    return all.stream().filter(generator -> generator.source() == source).findFirst();
  }

  /** Candidate ideas, who wrote them, and the fallback note (null when there was none). */
  record Candidates(List<GeneratedIdea> ideas, IdeaSource generator, String note) {}
}
