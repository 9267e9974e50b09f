package com.segmint.engine.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A text too long for one post as a numbered thread ("… 1/3"): split at sentences, a sentence too
 * long for a post split at words, at most {@value #MAX_POSTS} posts (the last cut with an ellipsis
 * when the text needs more).
 */
final class Threads {

  static final int MAX_POSTS = 25;
  private static final String WIDEST_NUMBER = " 25/25";

  private Threads() {}

  static List<String> split(String text, int max, ToIntFunction<String> length) {
    int budget = max - WIDEST_NUMBER.length();
    List<String> posts = pack(pieces(text, budget, length), budget, length);
    if (posts.size() > MAX_POSTS) {
      String last =
          posts.get(MAX_POSTS - 1) + " " + String.join(" ", posts.subList(MAX_POSTS, posts.size()));
      posts = new ArrayList<>(posts.subList(0, MAX_POSTS - 1));
      posts.add(Sentences.cut(last, budget, length));
    }
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      numbered.add(posts.get(i) + " " + (i + 1) + "/" + posts.size());
    }
    return numbered;
  }

  private static List<String> pieces(String text, int budget, ToIntFunction<String> length) {
    List<String> pieces = new ArrayList<>();
    for (String sentence : Sentences.of(text.strip())) {
      String rest = sentence.strip();
      while (!rest.isEmpty() && length.applyAsInt(rest) > budget) {
        String head = Sentences.cut(rest, budget, length);
        String kept = head.substring(0, head.length() - Sentences.ELLIPSIS.length());
        pieces.add(head);
        rest = rest.substring(Math.max(kept.length(), 1)).strip();
      }
      if (!rest.isEmpty()) {
        pieces.add(rest);
      }
    }
    return pieces;
  }

  private static List<String> pack(List<String> pieces, int budget, ToIntFunction<String> length) {
    List<String> posts = new ArrayList<>();
    StringBuilder post = new StringBuilder();
    for (String piece : pieces) {
      String joined = post.isEmpty() ? piece : post + " " + piece;
      if (length.applyAsInt(joined) <= budget) {
        post.setLength(0);
        post.append(joined);
      } else {
        posts.add(post.toString());
        post.setLength(0);
        post.append(piece);
      }
    }
    if (!post.isEmpty()) {
      posts.add(post.toString());
    }
    return posts;
  }
}
