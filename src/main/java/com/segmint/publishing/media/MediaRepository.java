package com.segmint.publishing.media;

import static com.segmint.common.schema.Routines.appUserId;
import static com.segmint.common.schema.Tables.MEDIA;

import com.segmint.common.schema.enums.MediaKind;
import com.segmint.common.schema.tables.records.MediaRecord;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Media rows as row-level security lets the acting user see them: the owner's own. */
@Repository
class MediaRepository {

  private final DSLContext db;

  MediaRepository(DSLContext db) {
    this.db = db;
  }

  /** Stores a row owned by the acting user. */
  MediaRecord insert(UUID id, MediaSignature type, long sizeBytes, String sha256) {
    return db.insertInto(MEDIA)
        .set(MEDIA.ID, id)
        .set(MEDIA.OWNER_ID, appUserId())
        .set(MEDIA.KIND, MediaKind.lookupLiteral(type.kind()))
        .set(MEDIA.MIME_TYPE, type.mimeType())
        .set(MEDIA.SIZE_BYTES, sizeBytes)
        .set(MEDIA.SHA256, sha256)
        .returning()
        .fetchSingle();
  }

  Optional<MediaRecord> find(UUID id) {
    return db.selectFrom(MEDIA).where(MEDIA.ID.eq(id)).fetchOptional();
  }
}
