package com.segmint.publishing.platforms;

import static com.segmint.common.schema.Tables.PLATFORM;
import static com.segmint.common.schema.Tables.PLATFORM_POST;

import com.segmint.common.Conflict;
import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.VersionMismatch;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.common.schema.tables.records.PlatformRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's table. Each write is its own transaction, so the catalog's cache is evicted only
 * after the write committed.
 */
@Repository
class PlatformRepository {

  private final DSLContext db;

  PlatformRepository(DSLContext db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  List<Platform> findAll() {
    return db.selectFrom(PLATFORM).orderBy(PLATFORM.ID).fetch(PlatformRepository::toPlatform);
  }

  @Transactional(readOnly = true)
  Optional<Platform> find(int id) {
    return db.selectFrom(PLATFORM)
        .where(PLATFORM.ID.eq(id))
        .fetchOptional(PlatformRepository::toPlatform);
  }

  @Transactional
  Platform insert(PlatformDetails details) {
    return toPlatform(
        db.insertInto(PLATFORM)
            .set(PLATFORM.NAME, details.name())
            .set(PLATFORM.CODE, SocialPlatform.lookupLiteral(details.code()))
            .set(PLATFORM.API_ENDPOINT, details.apiEndpoint())
            .returning()
            .fetchSingle());
  }

  @Transactional
  Platform update(int id, int version, PlatformDetails details) {
    try {
      return db.update(PLATFORM)
          .set(PLATFORM.NAME, details.name())
          .set(PLATFORM.CODE, SocialPlatform.lookupLiteral(details.code()))
          .set(PLATFORM.API_ENDPOINT, details.apiEndpoint())
          .where(PLATFORM.ID.eq(id).and(PLATFORM.VERSION.eq(version)))
          .returning()
          .fetchOptional()
          .map(PlatformRepository::toPlatform)
          .orElseThrow(() -> staleOrMissing(id));
    } catch (DataIntegrityViolation violation) {
      throw inUse(violation, "its code is used by connected profiles");
    }
  }

  @Transactional
  void delete(int id) {
    if (db.fetchExists(PLATFORM_POST, PLATFORM_POST.PLATFORM_ID.eq(id))) {
      throw new Conflict("platform " + id + " has platform posts; it cannot be deleted");
    }
    try {
      if (db.deleteFrom(PLATFORM).where(PLATFORM.ID.eq(id)).execute() == 0) {
        throw new ResourceNotFound("platform", id);
      }
    } catch (DataIntegrityViolation violation) {
      throw inUse(violation, "it has connected profiles; it cannot be deleted");
    }
  }

  private RuntimeException staleOrMissing(int id) {
    return db.fetchExists(PLATFORM, PLATFORM.ID.eq(id))
        ? VersionMismatch.stale()
        : new ResourceNotFound("platform", id);
  }

  private static RuntimeException inUse(DataIntegrityViolation violation, String why) {
    if (violation.kind() == DataIntegrityViolation.Kind.MISSING_REFERENCE) {
      return new Conflict("The platform is in use: " + why);
    }
    return violation;
  }

  private static Platform toPlatform(PlatformRecord row) {
    return new Platform(
        row.getId(),
        row.getName(),
        row.getCode().getLiteral(),
        row.getApiEndpoint(),
        row.getCreatedAt().toInstant(),
        row.getUpdatedAt().toInstant(),
        row.getVersion());
  }
}
