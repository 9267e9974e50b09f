package com.segmint.engine;

import java.util.List;

/**
 * What a creator's ideas are measured against, newest first: their other content, the ideas they
 * accepted (pull toward) and dismissed (push away), and what they already published (an idea that
 * repeats it is not new).
 */
public record CreatorProfile(
    List<String> ownContent,
    List<String> accepted,
    List<String> dismissed,
    List<String> published) {

  public CreatorProfile {
    ownContent = List.copyOf(ownContent);
    accepted = List.copyOf(accepted);
    dismissed = List.copyOf(dismissed);
    published = List.copyOf(published);
  }
}
