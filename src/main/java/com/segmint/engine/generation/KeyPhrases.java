package com.segmint.engine.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key phrases by TF-IDF: candidate phrases are runs of up to three words between stop words and
 * punctuation (as in RAKE); a phrase scores the sum of its words' term frequency in the document
 * times their inverse document frequency over the creator's other writing (divided by the square
 * root of its length), so words the creator uses everywhere weigh less than what is particular to
 * this text. Capitalized words inside a sentence (names, products) count half again.
 */
final class KeyPhrases {

  private static final Pattern CHUNK = Pattern.compile("[^.!?;:,()\\[\\]\"“”\\n]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final int MAX_WORDS = 3;

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int documents;

  KeyPhrases(List<String> corpus) {
    for (String document : corpus) {
      Set<String> seen = new HashSet<>();
      for (String word : words(document)) {
        seen.add(word.toLowerCase(Locale.ROOT));
      }
      seen.forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
    }
    this.documents = corpus.size();
  }

  /** The {@code limit} best phrases of {@code text}, best first, none contained in a better one. */
  List<String> of(String text, int limit) {
    Map<String, Integer> termFrequency = new HashMap<>();
    words(text).forEach(w -> termFrequency.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum));
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, String> display = new HashMap<>();
    for (List<String> phrase : candidates(text)) {
      String key = String.join(" ", phrase).toLowerCase(Locale.ROOT);
      display.putIfAbsent(key, String.join(" ", phrase));
      scores.merge(key, score(phrase, termFrequency), Math::max);
    }
    List<String> ranked = new ArrayList<>(scores.keySet());
    ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    List<String> chosen = new ArrayList<>();
    for (String key : ranked) {
      if (chosen.size() == limit) {
        break;
      }
      if (chosen.stream().noneMatch(c -> overlaps(c.toLowerCase(Locale.ROOT), key))) {
        chosen.add(display.get(key));
      }
    }
    return chosen;
  }

  private double score(List<String> phrase, Map<String, Integer> termFrequency) {
    double score = 0;
    for (String word : phrase) {
      String lower = word.toLowerCase(Locale.ROOT);
      int df = documentFrequency.getOrDefault(lower, 0);
      double idf = Math.log((documents + 1.0) / (df + 1.0)) + 1;
      double weight = Character.isUpperCase(word.codePointAt(0)) ? 1.5 : 1;
      score += termFrequency.getOrDefault(lower, 0) * idf * weight;
    }
    return score / Math.sqrt(phrase.size());
  }

  private static List<List<String>> candidates(String text) {
    List<List<String>> phrases = new ArrayList<>();
    Matcher chunks = CHUNK.matcher(text);
    while (chunks.find()) {
      List<String> run = new ArrayList<>();
      boolean first = true;
      for (String word : words(chunks.group())) {
        String token = first ? lowerFirst(word) : word;
        first = false;
        if (StopWords.contains(token) || token.length() < 3 || isNumber(token)) {
          flush(run, phrases);
        } else {
          run.add(token);
        }
      }
      flush(run, phrases);
    }
    return phrases;
  }

  private static void flush(List<String> run, List<List<String>> phrases) {
    for (int start = 0; start < run.size(); start++) {
      for (int end = start + 1; end <= Math.min(run.size(), start + MAX_WORDS); end++) {
        phrases.add(List.copyOf(run.subList(start, end)));
      }
    }
    run.clear();
  }

  private static boolean overlaps(String chosen, String candidate) {
    Set<String> words = Set.of(chosen.split(" "));
    for (String word : candidate.split(" ")) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String lowerFirst(String word) {
    boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    return acronym ? word : word.toLowerCase(Locale.ROOT);
  }

  private static boolean isNumber(String token) {
    return token.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '\'');
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }
}
