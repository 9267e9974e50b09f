package com.segmint.engine.generation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The offline generator: key phrases of the content (TF-IDF against the creator's own writing) and
 * the creator's recurring themes, written into idea archetypes, favoured by tone, shaped for the
 * platform. A topic, when given, leads every idea.
 */
@Component
class BuiltinIdeaGenerator implements IdeaGenerator {

  static final int CANDIDATES_PER_IDEA = 2;
  private static final int MIN_CANDIDATES = 8;
  private static final int PHRASES = 6;
  private static final int THEMES = 4;
  private static final Map<String, String> FORMATS =
      Map.of(
          "x", " (a thread)",
          "linkedin", " (a LinkedIn post)",
          "instagram", " (a carousel)",
          "youtube", " (a short video)");

  @Override
  public IdeaSource source() {
    return IdeaSource.builtin;
  }

  @Override
  public List<GeneratedIdea> generate(IdeaBrief brief) {
    String document = brief.contentTitle() + ". " + brief.contentBody();
    List<String> corpus = new ArrayList<>(brief.recentContent());
    corpus.add(document);
    KeyPhrases phrases = new KeyPhrases(corpus);
    List<String> lead = leadingPhrases(brief, phrases.of(document, PHRASES));
    List<String> themes = themes(brief.recentContent(), lead);
    String format = FORMATS.getOrDefault(lowercase(brief.platform()), "");
    int wanted = Math.max(MIN_CANDIDATES, brief.count() * CANDIDATES_PER_IDEA);
    Set<String> ideas = new LinkedHashSet<>();
    List<Archetype> archetypes = Archetype.orderFor(brief.tone());
    for (int i = 0; ideas.size() < wanted && i < wanted * 3; i++) {
      Archetype archetype = archetypes.get(i % archetypes.size());
      int round = i / archetypes.size();
      String a = lead.get(i % lead.size());
      String b = themes.get((i + round + 1) % themes.size());
      ideas.add(archetype.write(round, a, b.equalsIgnoreCase(a) ? "my work" : b) + format);
    }
    return ideas.stream().map(text -> new GeneratedIdea(text, IdeaSource.builtin)).toList();
  }

  private static List<String> leadingPhrases(IdeaBrief brief, List<String> phrases) {
    List<String> lead = new ArrayList<>();
    if (brief.topic() != null && !brief.topic().isBlank()) {
      lead.add(brief.topic().strip());
    } else {
      lead.addAll(phrases);
    }
    if (lead.isEmpty()) {
      lead.add(brief.contentTitle().strip());
    }
    return lead;
  }

  /** What the creator keeps writing about: the key phrases of their recent content, pooled. */
  private static List<String> themes(List<String> recent, List<String> lead) {
    if (recent.isEmpty()) {
      return lead;
    }
    List<String> themes = new KeyPhrases(recent).of(String.join(". ", recent), THEMES);
    return themes.isEmpty() ? lead : themes;
  }

  private static String lowercase(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }
}
