package com.segmint.notifications.feed;

import static com.segmint.common.schema.Tables.CONTENT;
import static com.segmint.common.schema.Tables.NOTIFICATION;
import static com.segmint.common.schema.Tables.USERS;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import com.segmint.common.schema.tables.records.NotificationRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Notifications as row-level security shows them: a user's own; jobs write them. */
@Repository
class NotificationRepository {

  private final DSLContext db;

  NotificationRepository(DSLContext db) {
    this.db = db;
  }

  /** Stores one unless the same event already did (a redelivery after a crash). */
  boolean insert(int userId, String kind, String message, String link, String eventKey) {
    return db.insertInto(NOTIFICATION)
            .set(NOTIFICATION.USER_ID, userId)
            .set(NOTIFICATION.KIND, kind)
            .set(NOTIFICATION.MESSAGE, message)
            .set(NOTIFICATION.LINK, link)
            .set(NOTIFICATION.EVENT_KEY, eventKey)
            .onConflictDoNothing()
            .execute()
        > 0;
  }

  List<NotificationRecord> page(long beforeId, int size) {
    return db.selectFrom(NOTIFICATION)
        .where(NOTIFICATION.ID.lt(beforeId))
        .orderBy(NOTIFICATION.ID.desc())
        .limit(size)
        .fetch();
  }

  Optional<NotificationRecord> markRead(long id) {
    return db.update(NOTIFICATION)
        .set(NOTIFICATION.READ_AT, currentOffsetDateTime())
        .where(NOTIFICATION.ID.eq(id))
        .and(NOTIFICATION.READ_AT.isNull())
        .returning()
        .fetchOptional()
        .or(() -> db.selectFrom(NOTIFICATION).where(NOTIFICATION.ID.eq(id)).fetchOptional());
  }

  Optional<String> usernameOf(Integer userId) {
    return db.select(USERS.USERNAME)
        .from(USERS)
        .where(USERS.ID.eq(userId))
        .fetchOptional(USERS.USERNAME);
  }

  Optional<String> emailOf(int userId) {
    return db.select(USERS.EMAIL)
        .from(USERS)
        .where(USERS.ID.eq(userId))
        .and(USERS.DELETED_AT.isNull())
        .fetchOptional(USERS.EMAIL);
  }

  Optional<String> titleOf(int contentId) {
    return db.select(CONTENT.TITLE)
        .from(CONTENT)
        .where(CONTENT.ID.eq(contentId))
        .fetchOptional(CONTENT.TITLE);
  }
}
