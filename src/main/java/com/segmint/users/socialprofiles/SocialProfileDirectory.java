package com.segmint.users.socialprofiles;

import static com.segmint.common.schema.Tables.SOCIAL_PROFILE;

import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.DataIntegrityViolation.Kind;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.VersionMismatch;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.users.SocialProfileSummary;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record8;
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

  /**
   * Renames the account's handle if the row still has {@code version}; its tokens stay as they are
   * (their ciphertexts are bound to the row's id, not to the handle).
   *
   * @throws VersionMismatch when the profile changed since {@code version} was read
   * @throws com.segmint.common.DataIntegrityViolation (conflict) when the owner already has a live
   *     profile with that handle on the platform
   */
  @Transactional
  public SocialProfileSummary changeHandle(int id, int version, String handle) {
    SocialProfileSummary profile = find(id);
    if (renamed(id, version, handle) == 0) {
      throw VersionMismatch.stale();
    }
    return find(id);
  }

  private int renamed(int id, int version, String handle) {
    try {
      return db.update(SOCIAL_PROFILE)
          .set(SOCIAL_PROFILE.PROFILE_HANDLE, handle)
          .where(SOCIAL_PROFILE.ID.eq(id))
          .and(SOCIAL_PROFILE.VERSION.eq(version))
          .and(SOCIAL_PROFILE.DELETED_AT.isNull())
          .execute();
    } catch (DataIntegrityViolation violation) {
      if (violation.kind() != Kind.CONFLICT) {
        throw violation;
      }
      throw new DataIntegrityViolation(
          Kind.CONFLICT,
          violation.constraint(),
          "handle",
          "handle " + handle + " is already connected on this platform",
          violation);
    }
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
          Record8<
              Integer,
              SocialPlatform,
              String,
              OffsetDateTime,
              Boolean,
              Boolean,
              OffsetDateTime,
              Integer>>
      summaries() {
    return db.select(
            SOCIAL_PROFILE.ID,
            SOCIAL_PROFILE.PLATFORM,
            SOCIAL_PROFILE.PROFILE_HANDLE,
            SOCIAL_PROFILE.EXPIRES_AT,
            DSL.field(SOCIAL_PROFILE.REFRESH_TOKEN.isNotNull()),
            SOCIAL_PROFILE.NEEDS_RECONNECT,
            SOCIAL_PROFILE.CREATED_AT,
            SOCIAL_PROFILE.VERSION)
        .from(SOCIAL_PROFILE);
  }
}
