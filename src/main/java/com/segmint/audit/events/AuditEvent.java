package com.segmint.audit.events;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One row change as the trigger recorded it; the rows are JSON objects without secrets, passed
 * through as the database wrote them.
 */
public record AuditEvent(
    long id,
    String table,
    String rowId,
    String action,
    Integer actorId,
    String actorRole,
    long transactionId,
    Instant occurredAt,
    @JsonRawValue String oldRow,
    @JsonRawValue String newRow) {}
