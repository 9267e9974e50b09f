package com.segmint.publishing.web;

import com.segmint.common.InvalidRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Schedules one content to up to ten connected profiles at one moment. The time is a string so that
 * a time without an offset is refused by name rather than guessed in the server's zone.
 */
record SchedulePostRequest(
    @NotNull @Positive Integer contentId,
    @NotEmpty @Size(max = 10) List<@NotNull @Positive Integer> socialProfileIds,
    @NotBlank
        @Schema(
            description = "ISO-8601 with an offset or Z, optionally a zone in brackets",
            example = "2026-12-01T09:00:00+01:00")
        String scheduledTime,
    @Size(max = 10_000) String text) {

  static final String TIME_FORMAT =
      "scheduledTime must be an ISO-8601 date-time with an offset or Z,"
          + " e.g. 2026-12-01T09:00:00+01:00";

  /**
   * @throws InvalidRequest naming {@code scheduledTime} when it has no offset or is not a time
   */
  OffsetDateTime scheduledAt() {
    try {
      return ZonedDateTime.parse(scheduledTime, DateTimeFormatter.ISO_ZONED_DATE_TIME)
          .toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new InvalidRequest("scheduledTime", TIME_FORMAT);
    }
  }
}
