package com.segmint.publishing.web;

import com.segmint.common.InvalidRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * A schedule time as the API takes it: ISO-8601 with an offset, or a local date-time with an IANA
 * {@code timeZone}. A local time the zone skips (a DST gap) or repeats (an overlap) is refused with
 * the choices rather than guessed: posting an hour early or late is the bug this avoids.
 */
final class RequestedTime {

  static final String FORMAT =
      "scheduledTime must be an ISO-8601 date-time with an offset or Z (e.g."
          + " 2026-12-01T09:00:00+01:00), or a local date-time with a timeZone";

  private RequestedTime() {}

  /**
   * @throws InvalidRequest naming {@code scheduledTime} or {@code timeZone}
   */
  static OffsetDateTime resolve(String scheduledTime, String timeZone, Instant now) {
    ZoneId zone = timeZone == null ? null : zoneOf(timeZone);
    OffsetDateTime time = withOffset(scheduledTime, zone);
    if (!time.toInstant().isAfter(now)) {
      throw new InvalidRequest("scheduledTime", "scheduledTime must be in the future");
    }
    return time;
  }

  private static OffsetDateTime withOffset(String scheduledTime, ZoneId zone) {
    try {
      OffsetDateTime given =
          ZonedDateTime.parse(scheduledTime, DateTimeFormatter.ISO_ZONED_DATE_TIME)
              .toOffsetDateTime();
      if (zone != null
          && !zone.getRules().isValidOffset(given.toLocalDateTime(), given.getOffset())) {
        throw new InvalidRequest(
            "timeZone",
            "scheduledTime's offset %s is not %s's at that time"
                .formatted(given.getOffset(), zone));
      }
      return given;
    } catch (DateTimeParseException noOffset) {
      return inZone(local(scheduledTime), zone);
    }
  }

  private static LocalDateTime local(String scheduledTime) {
    try {
      return LocalDateTime.parse(scheduledTime, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new InvalidRequest("scheduledTime", FORMAT);
    }
  }

  private static OffsetDateTime inZone(LocalDateTime local, ZoneId zone) {
    if (zone == null) {
      throw new InvalidRequest(
          "scheduledTime",
          "scheduledTime has no offset: add one (e.g. +01:00) or give the timeZone it is in");
    }
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return OffsetDateTime.of(local, offsets.get(0));
    }
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    String detail =
        offsets.isEmpty()
            ? "%s does not exist in %s: clocks go from %s to %s; choose another time"
            : "%s happens twice in %s (clocks go back from %s to %s); add the offset you mean";
    throw new InvalidRequest(
        "scheduledTime",
        detail.formatted(
            local,
            zone,
            transition.getDateTimeBefore().toLocalTime(),
            transition.getDateTimeAfter().toLocalTime()));
  }

  private static ZoneId zoneOf(String timeZone) {
    if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
      throw new InvalidRequest(
          "timeZone", "timeZone must be an IANA time zone, e.g. Europe/Berlin");
    }
    return ZoneId.of(timeZone);
  }
}
