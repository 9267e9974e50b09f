package com.segmint.audit.events;

import java.time.OffsetDateTime;

/**
 * Which events to show; each criterion is optional, {@code from} inclusive, {@code to} exclusive.
 */
public record AuditEventFilter(
    String table, String rowId, Integer actorId, OffsetDateTime from, OffsetDateTime to) {}
