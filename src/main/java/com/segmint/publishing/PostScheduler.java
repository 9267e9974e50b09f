package com.segmint.publishing;

import java.time.OffsetDateTime;
import java.util.List;

/** Schedules content to connected profiles: all of them, or none when one is refused. */
public interface PostScheduler {

  /**
   * Creates one scheduled post per profile, atomically, for the acting user's content.
   *
   * @throws com.segmint.common.DataIntegrityViolation naming the field that was refused: a time not
   *     in the future, a profile not the owner's, content not found, a profile already scheduled
   *     for this content
   */
  List<ScheduledPost> schedule(
      int contentId, List<Integer> socialProfileIds, OffsetDateTime scheduledTime, String text);
}
