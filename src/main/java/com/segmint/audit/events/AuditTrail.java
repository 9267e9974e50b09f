package com.segmint.audit.events;

import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail, newest first. */
@Service
public class AuditTrail {

  private final AuditEventRepository events;

  AuditTrail(AuditEventRepository events) {
    this.events = events;
  }

  @Transactional(readOnly = true)
  public CursorPage<AuditEvent> list(AuditEventFilter filter, String cursor, Integer limit) {
    int size = Cursors.limit(limit);
    Long beforeId = cursor == null ? null : Cursors.decode(cursor).id();
    List<AuditEvent> page = events.page(filter, beforeId, size + 1);
    if (page.size() <= size) {
      return new CursorPage<>(page, null);
    }
    AuditEvent last = page.get(size - 1);
    return new CursorPage<>(page.subList(0, size), Cursors.encode(last.occurredAt(), last.id()));
  }
}
