package com.segmint.publishing.scheduling;

import static com.segmint.common.schema.Tables.PLATFORM;
import static com.segmint.common.schema.Tables.PLATFORM_POST;

import com.segmint.common.schema.enums.PostStatus;
import com.segmint.common.schema.tables.records.PlatformPostRecord;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Locks and changes one platform post, as row-level security lets the acting user. */
@Repository
class PostChangeRepository {

  private final DSLContext db;

  PostChangeRepository(DSLContext db) {
    this.db = db;
  }

  /**
   * The post if the actor may change it. {@code FOR UPDATE} makes PostgreSQL apply the table's
   * UPDATE policy as well as its SELECT policy, so a reviewer who can read the post finds nothing.
   */
  Optional<PostToChange> lock(int id) {
    return db.select(PLATFORM_POST.fields())
        .select(PLATFORM.CODE)
        .from(PLATFORM_POST)
        .join(PLATFORM)
        .on(PLATFORM.ID.eq(PLATFORM_POST.PLATFORM_ID))
        .where(PLATFORM_POST.ID.eq(id))
        .forUpdate()
        .of(PLATFORM_POST)
        .fetchOptional(PostChangeRepository::toPost);
  }

  boolean isVisible(int id) {
    return db.fetchExists(PLATFORM_POST, PLATFORM_POST.ID.eq(id));
  }

  /** Writes the new time and status, and the planned text when there is one. */
  void update(int id, OffsetDateTime scheduledTime, PostStatus status, PlannedPost planned) {
    UpdateSetMoreStep<PlatformPostRecord> update =
        db.update(PLATFORM_POST)
            .set(PLATFORM_POST.SCHEDULED_TIME, scheduledTime)
            .set(PLATFORM_POST.STATUS, status);
    if (planned != null) {
      List<String> parts = planned.threadParts();
      update =
          update
              .set(PLATFORM_POST.TEXT_VARIANT, planned.text())
              .set(PLATFORM_POST.THREAD_PARTS, parts == null ? null : parts.toArray(String[]::new));
    }
    update.where(PLATFORM_POST.ID.eq(id)).execute();
  }

  private static PostToChange toPost(Record row) {
    Map<UUID, String> kinds = mediaKinds(row.get(PLATFORM_POST.MEDIA));
    return new PostToChange(
        row.get(PLATFORM_POST.ID),
        row.get(PLATFORM_POST.CONTENT_ID),
        row.get(PLATFORM.CODE),
        row.get(PLATFORM_POST.SOCIAL_PROFILE_ID),
        row.get(PLATFORM_POST.SCHEDULED_TIME),
        row.get(PLATFORM_POST.STATUS),
        row.get(PLATFORM_POST.TEXT_VARIANT),
        row.get(PLATFORM_POST.THREAD_PARTS) != null,
        List.copyOf(kinds.keySet()),
        kinds,
        row.get(PLATFORM_POST.VERSION));
  }

  /** The media ids in order with their kinds (the jsonb's shape is documented by MediaLibrary). */
  private static Map<UUID, String> mediaKinds(JSONB media) {
    Map<UUID, String> kinds = new LinkedHashMap<>();
    for (JsonNode entry : JsonMapper.shared().readTree(media.data())) {
      kinds.put(UUID.fromString(entry.get("mediaId").asString()), entry.get("kind").asString());
    }
    return kinds;
  }
}
