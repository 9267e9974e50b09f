package com.segmint.publishing.web;

import com.segmint.common.InvalidRequest;
import com.segmint.publishing.PostChange;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A change of one draft or scheduled post; every field is optional, an absent one stays as it is.
 * The time takes the same forms as scheduling ({@link RequestedTime}).
 */
record ChangePostRequest(
    @Size(max = 100)
        @Schema(
            description =
                "ISO-8601 with an offset or Z, or a local date-time with timeZone; in the future",
            example = "2026-12-01T09:00:00+01:00")
        String scheduledTime,
    @Schema(description = "IANA time zone of a local scheduledTime", example = "Europe/Berlin")
        @Size(max = 64)
        String timeZone,
    @Schema(description = "The post's new text, checked against its platform's rules")
        @Size(max = 10_000)
        String text,
    @Schema(description = "X only: split a text too long for one post into a numbered thread")
        Boolean thread,
    @Schema(
            description =
                "scheduled moves a draft back to the queue (its content must be approved);"
                    + " draft takes a scheduled post out of it",
            allowableValues = {"draft", "scheduled"})
        @Pattern(regexp = "draft|scheduled", message = "status must be draft or scheduled")
        String status) {

  /**
   * @throws InvalidRequest naming the field: nothing to change, a timeZone without a time, or a
   *     time that is not valid or not in the future
   */
  PostChange toChange(Instant now) {
    if (timeZone != null && scheduledTime == null) {
      throw new InvalidRequest("timeZone", "timeZone needs a scheduledTime");
    }
    PostChange change =
        new PostChange(
            scheduledTime == null ? null : RequestedTime.resolve(scheduledTime, timeZone, now),
            text,
            thread,
            status);
    if (change.isEmpty()) {
      throw new InvalidRequest(
          "scheduledTime", "give scheduledTime, text, thread or status to change");
    }
    return change;
  }
}
