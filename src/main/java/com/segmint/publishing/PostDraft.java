package com.segmint.publishing;

import java.util.List;
import java.util.UUID;

/**
 * One post of a schedule: the connected profile that publishes it, its text (null: the content's
 * body), the ids of the owner's uploaded media in order, and whether an X text too long for one
 * post is split into a numbered thread.
 */
public record PostDraft(int socialProfileId, String text, List<UUID> mediaIds, boolean thread) {

  public PostDraft {
    mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
  }

  /** A post with the given text (or the content's body), no media and no thread. */
  public static PostDraft of(int socialProfileId, String text) {
    return new PostDraft(socialProfileId, text, List.of(), false);
  }
}
