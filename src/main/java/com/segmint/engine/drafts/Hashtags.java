package com.segmint.engine.drafts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashtags from a text's key phrases: its most frequent content words and repeated two-word phrases
 * (words in the title count twice, so a title's phrase counts as repeated), written as {@code
 * #CamelCase}.
 */
final class Hashtags {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> STOPWORDS =
      Set.of(
          "about", "after", "again", "also", "been", "before", "being", "between", "both", "could",
          "does", "doing", "down", "during", "each", "even", "every", "from", "have", "having",
          "here", "into", "just", "like", "made", "make", "many", "more", "most", "much", "must",
          "only", "other", "ours", "over", "same", "should", "some", "such", "than", "that",
          "their", "them", "then", "there", "these", "they", "this", "those", "through", "very",
          "want", "were", "what", "when", "where", "which", "while", "will", "with", "would",
          "your", "yours", "because", "really", "thing", "things", "first", "still");

  private Hashtags() {}

  static List<String> of(String title, String body, int count) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    score(title, 2, scores);
    score(body, 1, scores);
    scores.entrySet().removeIf(entry -> isPhrase(entry.getKey()) && entry.getValue() < 2);
    return scores.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(count)
        .map(entry -> "#" + entry.getKey())
        .toList();
  }

  private static void score(String text, int weight, Map<String, Integer> scores) {
    Matcher words = WORD.matcher(text == null ? "" : text);
    String previous = null;
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      if (!isKeyWord(word)) {
        previous = null;
        continue;
      }
      scores.merge(capitalized(word), weight, Integer::sum);
      if (previous != null) {
        scores.merge(capitalized(previous) + capitalized(word), weight, Integer::sum);
      }
      previous = word;
    }
  }

  private static boolean isKeyWord(String word) {
    return word.length() >= 4
        && word.length() <= 30
        && !STOPWORDS.contains(word)
        && !word.chars().allMatch(Character::isDigit);
  }

  private static boolean isPhrase(String tag) {
    return tag.codePoints().skip(1).anyMatch(Character::isUpperCase);
  }

  private static String capitalized(String word) {
    return word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
        + word.substring(word.offsetByCodePoints(0, 1));
  }
}
