package com.segmint.engine;

import java.util.List;

/**
 * A platform-ready variant of a content. {@code posts} holds the text to schedule: one post, or an
 * X thread in order; {@code title} is YouTube's video title and {@code linkedInCommentary} the
 * LinkedIn post as sent, its reserved characters escaped (both null elsewhere). {@code writtenBy}
 * says what produced it and {@code note} why it is not what was first asked for (the LLM failed, or
 * its answer broke a platform rule and was adapted), or null.
 */
public record PlatformDraft(
    String platform,
    String tone,
    Writer writtenBy,
    String note,
    String title,
    List<String> posts,
    List<String> hashtags,
    String linkedInCommentary) {

  public PlatformDraft {
    posts = List.copyOf(posts);
    hashtags = List.copyOf(hashtags);
  }

  /** What wrote a draft. */
  public enum Writer {
    llm,
    rules
  }
}
