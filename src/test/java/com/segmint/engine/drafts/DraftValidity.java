package com.segmint.engine.drafts;

import com.segmint.engine.PlatformDraft;
import java.util.ArrayList;
import java.util.List;

/** What makes a draft unpublishable on its platform; empty when it is valid. */
final class DraftValidity {

  private DraftValidity() {}

  static List<String> problems(PlatformDraft draft) {
    List<String> problems = new ArrayList<>();
    if (draft.posts().isEmpty()) {
      problems.add("no post");
    }
    for (String post : draft.posts()) {
      if (post.isBlank()) {
        problems.add("blank post");
      }
      switch (draft.platform()) {
        case "Twitter" -> {
          if (!PlatformLimits.validForX(post)) {
            problems.add("invalid X post: " + PlatformLimits.xLength(post));
          }
        }
        case "LinkedIn" -> {
          if (PlatformLimits.characters(post) > PlatformLimits.LINKEDIN_POST) {
            problems.add("LinkedIn post too long");
          }
        }
        case "Instagram" -> {
          if (PlatformLimits.characters(post) > PlatformLimits.INSTAGRAM_CAPTION
              || post.chars().filter(c -> c == '#').count() > PlatformLimits.INSTAGRAM_HASHTAGS) {
            problems.add("Instagram caption too long or with too many hashtags");
          }
        }
        default -> {
          if (PlatformLimits.characters(post) > PlatformLimits.YOUTUBE_DESCRIPTION
              || post.contains("<")
              || post.contains(">")
              || draft.title() == null
              || draft.title().isBlank()
              || PlatformLimits.characters(draft.title()) > PlatformLimits.YOUTUBE_TITLE
              || draft.title().contains("<")
              || draft.title().contains(">")) {
            problems.add("invalid YouTube title or description");
          }
        }
      }
    }
    return problems;
  }
}
