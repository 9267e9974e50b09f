package com.segmint.publishing;

import java.time.OffsetDateTime;
import java.util.List;

/** Schedules content to connected profiles: all of them, or none when one is refused. */
public interface PostScheduler {

  /**
   * Checks every post against its platform's rules, then creates one scheduled post per profile,
   * atomically, for the acting user's content.
   *
   * @throws com.segmint.common.DataIntegrityViolation naming the field that was refused: a
   *     platform's rule (e.g. {@code posts[1].text}, with the rule as its constraint), a time not
   *     in the future, a profile not the owner's, content or media not found, a profile already
   *     scheduled for this content
   */
  List<ScheduledPost> schedule(int contentId, OffsetDateTime scheduledTime, List<PostDraft> posts);

  /** The same text (null: the content's body) on every profile, without media. */
  List<ScheduledPost> schedule(
      int contentId, List<Integer> socialProfileIds, OffsetDateTime scheduledTime, String text);
}
