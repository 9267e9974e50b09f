package com.segmint.notifications.feed;

import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.schema.tables.records.NotificationRecord;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** My notifications, newest first, and marking them read. */
@Service
public class Notifications {

  private final NotificationRepository notifications;

  Notifications(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @Transactional(readOnly = true)
  public CursorPage<Notification> list(String cursor, Integer limit) {
    int size = Cursors.limit(limit);
    long beforeId = cursor == null ? Long.MAX_VALUE : Cursors.decode(cursor).id();
    List<NotificationRecord> rows = notifications.page(beforeId, size + 1);
    List<Notification> items =
        rows.subList(0, Math.min(size, rows.size())).stream()
            .map(Notifications::toNotification)
            .toList();
    if (rows.size() <= size) {
      return new CursorPage<>(items, null);
    }
    Notification last = items.get(size - 1);
    return new CursorPage<>(items, Cursors.encode(last.createdAt(), last.id()));
  }

  @Transactional
  public Notification markRead(long id) {
    return notifications
        .markRead(id)
        .map(Notifications::toNotification)
        .orElseThrow(() -> new ResourceNotFound("notification", id));
  }

  private static Notification toNotification(NotificationRecord row) {
    OffsetDateTime readAt = row.getReadAt();
    return new Notification(
        row.getId(),
        row.getKind(),
        row.getMessage(),
        row.getLink(),
        row.getCreatedAt().toInstant(),
        readAt == null ? null : readAt.toInstant());
  }
}
