package com.segmint.publishing.scheduling;

import static com.segmint.common.schema.Routines.scheduleContent;

import com.segmint.publishing.PostScheduler;
import com.segmint.publishing.ScheduledPost;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling is the stored function {@code schedule_content}: it checks ownership, the time and
 * every profile, and inserts all posts in one statement, so no partial schedule can exist.
 */
@Service
class DatabasePostScheduler implements PostScheduler {

  private final DSLContext db;

  DatabasePostScheduler(DSLContext db) {
    this.db = db;
  }

  @Override
  @Transactional
  public List<ScheduledPost> schedule(
      int contentId, List<Integer> socialProfileIds, OffsetDateTime scheduledTime, String text) {
    return scheduleContent(
            db.configuration(),
            contentId,
            socialProfileIds.toArray(Integer[]::new),
            scheduledTime,
            text)
        .map(
            post ->
                new ScheduledPost(
                    post.getId(),
                    post.getContentId(),
                    post.getPlatformId(),
                    post.getSocialProfileId(),
                    post.getScheduledTime()));
  }
}
