package com.segmint.audit.events;

import static com.segmint.common.schema.Tables.AUDIT_EVENT;
import static org.jooq.impl.DSL.noCondition;

import com.segmint.common.schema.tables.records.AuditEventRecord;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The audit trail; row-level security shows it to admins only. */
@Repository
class AuditEventRepository {

  private final DSLContext db;

  AuditEventRepository(DSLContext db) {
    this.db = db;
  }

  List<AuditEvent> page(AuditEventFilter filter, Long beforeId, int size) {
    return db.selectFrom(AUDIT_EVENT)
        .where(matching(filter))
        .and(beforeId == null ? noCondition() : AUDIT_EVENT.ID.lt(beforeId))
        .orderBy(AUDIT_EVENT.ID.desc())
        .limit(size)
        .fetch(AuditEventRepository::toEvent);
  }

  private static Condition matching(AuditEventFilter filter) {
    return optional(filter.table(), AUDIT_EVENT.TABLE_NAME::eq)
        .and(optional(filter.rowId(), AUDIT_EVENT.ROW_ID::eq))
        .and(optional(filter.actorId(), AUDIT_EVENT.ACTOR_ID::eq))
        .and(optional(filter.from(), AUDIT_EVENT.OCCURRED_AT::ge))
        .and(optional(filter.to(), AUDIT_EVENT.OCCURRED_AT::lt));
  }

  private static <T> Condition optional(T value, java.util.function.Function<T, Condition> when) {
    return value == null ? DSL.noCondition() : when.apply(value);
  }

  private static AuditEvent toEvent(AuditEventRecord row) {
    return new AuditEvent(
        row.getId(),
        row.getTableName(),
        row.getRowId(),
        row.getAction(),
        row.getActorId(),
        row.getActorRole(),
        row.getTransactionId(),
        row.getOccurredAt().toInstant(),
        json(row.getOldRow()),
        json(row.getNewRow()));
  }

  private static String json(JSONB value) {
    return value == null ? null : value.data();
  }
}
