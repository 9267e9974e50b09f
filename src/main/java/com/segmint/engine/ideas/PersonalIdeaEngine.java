package com.segmint.engine.ideas;

import com.segmint.engine.ContentAtHand;
import com.segmint.engine.CreatorProfile;
import com.segmint.engine.IdeaBatch;
import com.segmint.engine.IdeaEngine;
import com.segmint.engine.IdeaRequest;
import com.segmint.engine.ScoredIdea;
import com.segmint.engine.embedding.TextEmbeddings;
import com.segmint.engine.generation.GeneratedIdea;
import com.segmint.engine.generation.IdeaBrief;
import com.segmint.engine.generation.IdeaSource;
import com.segmint.engine.relevance.CreatorVectors;
import com.segmint.engine.relevance.MaximalMarginalRelevance;
import com.segmint.engine.relevance.Relevance;
import com.segmint.engine.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Generates candidates, scores them against the creator's profile, drops near-duplicates of what
 * they published, keeps a diverse best few (maximal marginal relevance) and answers them best
 * first. The creator's own ideas go through the very same scorer.
 */
@Service
class PersonalIdeaEngine implements IdeaEngine {

  static final int RECENT_FOR_GENERATORS = 50;

  private final GeneratorChoice generators;
  private final ProfileEmbedder profiles;
  private final TextEmbeddings embeddings;
  private final RelevanceScorer scorer;

  PersonalIdeaEngine(
      GeneratorChoice generators,
      ProfileEmbedder profiles,
      TextEmbeddings embeddings,
      RelevanceScorer scorer) {
    this.generators = generators;
    this.profiles = profiles;
    this.embeddings = embeddings;
    this.scorer = scorer;
  }

  @Override
  public IdeaBatch suggest(IdeaRequest request) {
    GeneratorChoice.Candidates candidates = generators.generate(brief(request));
    CreatorVectors creator = profiles.embed(request.content(), request.profile());
    List<String> texts =
        candidates.ideas().stream()
            .map(GeneratedIdea::text)
            .filter(text -> text != null && !text.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
    List<float[]> vectors = embeddings.of(texts);
    List<ScoredIdea> kept = new ArrayList<>();
    List<float[]> keptVectors = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Relevance relevance = scorer.score(creator, vectors.get(i));
      if (!relevance.nearDuplicate()) {
        kept.add(scored(texts.get(i), candidates.generator(), relevance));
        keptVectors.add(vectors.get(i));
      }
    }
    List<Double> scores = kept.stream().map(idea -> idea.relevance().doubleValue()).toList();
    List<ScoredIdea> best =
        MaximalMarginalRelevance.pick(keptVectors, scores, request.count()).stream()
            .map(kept::get)
            .sorted(Comparator.comparing(ScoredIdea::relevance).reversed())
            .toList();
    return new IdeaBatch(best, candidates.generator().name(), candidates.note());
  }

  @Override
  public List<ScoredIdea> scoreOwn(
      ContentAtHand content, CreatorProfile profile, List<String> ideas) {
    CreatorVectors creator = profiles.embed(content, profile);
    List<float[]> vectors = embeddings.of(ideas);
    List<ScoredIdea> scored = new ArrayList<>(ideas.size());
    for (int i = 0; i < ideas.size(); i++) {
      scored.add(scored(ideas.get(i), IdeaSource.creator, scorer.score(creator, vectors.get(i))));
    }
    return scored;
  }

  private static ScoredIdea scored(String text, IdeaSource source, Relevance relevance) {
    return new ScoredIdea(text, source.name(), relevance.score());
  }

  private static IdeaBrief brief(IdeaRequest request) {
    List<String> own = request.profile().ownContent();
    return new IdeaBrief(
        request.content().title(),
        request.content().body(),
        own.subList(0, Math.min(RECENT_FOR_GENERATORS, own.size())),
        request.topic(),
        request.tone(),
        request.platform(),
        request.count());
  }
}
