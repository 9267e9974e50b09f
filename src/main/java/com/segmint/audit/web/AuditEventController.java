package com.segmint.audit.web;

import com.segmint.audit.events.AuditEvent;
import com.segmint.audit.events.AuditEventFilter;
import com.segmint.audit.events.AuditTrail;
import com.segmint.common.CursorPage;
import com.segmint.common.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit events", description = "Every change of a row, as the database recorded it")
class AuditEventController {

  private final AuditTrail trail;

  AuditEventController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  @PreAuthorize("hasRole('admin')")
  @Operation(summary = "The audit trail, newest first, a page at a time (admins)")
  @ApiResponse(responseCode = "200", description = "A page; nextCursor is null on the last")
  @ApiResponse(
      responseCode = "400",
      description = "A bad time, cursor or limit",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "401",
      description = "No valid token",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "403",
      description = "Not an admin",
      content = @Content(mediaType = "application/problem+json"))
  CursorPage<AuditEvent> list(
      @Parameter(description = "table name, e.g. content") @RequestParam(required = false)
          String table,
      @RequestParam(required = false) String rowId,
      @RequestParam(required = false) Integer actorId,
      @Parameter(description = "inclusive, ISO-8601 with offset", example = "2026-12-01T00:00:00Z")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "exclusive, ISO-8601 with offset") @RequestParam(required = false)
          String to,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    AuditEventFilter filter =
        new AuditEventFilter(table, rowId, actorId, time("from", from), time("to", to));
    return trail.list(filter, cursor, limit);
  }

  private static OffsetDateTime time(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequest(
          name,
          name + " must be an ISO-8601 date-time with an offset or Z, e.g. 2026-12-01T00:00:00Z");
    }
  }
}
