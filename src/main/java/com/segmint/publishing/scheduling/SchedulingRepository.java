package com.segmint.publishing.scheduling;

import static com.segmint.common.schema.Routines.appUserId;
import static com.segmint.common.schema.Routines.isPrivileged;
import static com.segmint.common.schema.Routines.scheduleContentPosts;
import static com.segmint.common.schema.Tables.CONTENT;
import static com.segmint.common.schema.Tables.MEDIA;
import static com.segmint.common.schema.Tables.SOCIAL_PROFILE;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.publishing.ScheduledPost;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/**
 * What scheduling checks before it writes (the content, the profiles' platforms, the owner's
 * media), as row-level security lets the acting user see it, and the atomic insert itself.
 */
@Repository
class SchedulingRepository {

  private final DSLContext db;

  SchedulingRepository(DSLContext db) {
    this.db = db;
  }

  /** The content the acting user may schedule: their own (or any, for admins), not deleted. */
  Optional<ContentToSchedule> content(int contentId) {
    return db.select(CONTENT.USER_ID, CONTENT.TITLE, CONTENT.BODY)
        .from(CONTENT)
        .where(CONTENT.ID.eq(contentId))
        .and(CONTENT.DELETED_AT.isNull())
        .and(CONTENT.USER_ID.eq(appUserId()).or(isPrivileged()))
        .fetchOptional(row -> new ContentToSchedule(row.value1(), row.value2(), row.value3()));
  }

  Map<Integer, SocialPlatform> platforms(Collection<Integer> profileIds) {
    return db.select(SOCIAL_PROFILE.ID, SOCIAL_PROFILE.PLATFORM)
        .from(SOCIAL_PROFILE)
        .where(SOCIAL_PROFILE.ID.in(profileIds))
        .fetchMap(SOCIAL_PROFILE.ID, SOCIAL_PROFILE.PLATFORM);
  }

  /** The kinds ({@code image}, {@code video}) of those of the ids that are the owner's media. */
  Map<UUID, String> mediaKinds(int ownerId, Collection<UUID> mediaIds) {
    return db.select(MEDIA.ID, MEDIA.KIND)
        .from(MEDIA)
        .where(MEDIA.ID.in(mediaIds))
        .and(MEDIA.OWNER_ID.eq(ownerId))
        .fetchMap(MEDIA.ID, record -> record.value2().getLiteral());
  }

  List<ScheduledPost> insert(int contentId, OffsetDateTime scheduledTime, String posts) {
    return scheduleContentPosts(db.configuration(), contentId, scheduledTime, JSONB.jsonb(posts))
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
