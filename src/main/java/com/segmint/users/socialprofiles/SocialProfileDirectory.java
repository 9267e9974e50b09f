package com.segmint.users.socialprofiles;

import static com.segmint.common.schema.Tables.SOCIAL_PROFILE;

import com.segmint.common.ResourceNotFound;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.users.SocialProfileSummary;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acting user's connected accounts, without their tokens; row-level security keeps everyone
 * else's out of every query here.
 */
@Service
public class SocialProfileDirectory {

  private final DSLContext db;

  SocialProfileDirectory(DSLContext db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  public List<SocialProfileSummary> list() {
    return summaries()
        .where(SOCIAL_PROFILE.DELETED_AT.isNull())
        .orderBy(SOCIAL_PROFILE.ID)
        .fetch(Records.mapping(SocialProfileSummary::new));
  }

  @Transactional(readOnly = true)
  public SocialProfileSummary find(int id) {
    return summaries()
        .where(SOCIAL_PROFILE.ID.eq(id).and(SOCIAL_PROFILE.DELETED_AT.isNull()))
        .fetchOptional(Records.mapping(SocialProfileSummary::new))
        .orElseThrow(() -> new ResourceNotFound("social profile", id));
  }

  /** Disconnects: the row stays for the history of its posts, its tokens are never used again. */
  @Transactional
  public void disconnect(int id) {
    int updated =
        db.update(SOCIAL_PROFILE)
            .set(SOCIAL_PROFILE.DELETED_AT, OffsetDateTime.now())
            .where(SOCIAL_PROFILE.ID.eq(id).and(SOCIAL_PROFILE.DELETED_AT.isNull()))
            .execute();
    if (updated == 0) {
      throw new ResourceNotFound("social profile", id);
    }
  }

  private SelectJoinStep<
          Record7<
              Integer, SocialPlatform, String, OffsetDateTime, Boolean, Boolean, OffsetDateTime>>
      summaries() {
    return db.select(
            SOCIAL_PROFILE.ID,
            SOCIAL_PROFILE.PLATFORM,
            SOCIAL_PROFILE.PROFILE_HANDLE,
            SOCIAL_PROFILE.EXPIRES_AT,
            DSL.field(SOCIAL_PROFILE.REFRESH_TOKEN.isNotNull()),
            SOCIAL_PROFILE.NEEDS_RECONNECT,
            SOCIAL_PROFILE.CREATED_AT)
        .from(SOCIAL_PROFILE);
  }
}
