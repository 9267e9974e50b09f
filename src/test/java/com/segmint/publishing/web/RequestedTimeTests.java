package com.segmint.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.common.InvalidRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class RequestedTimeTests {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  @Test
  void shouldPutNineInTheMorningInBerlinAtEightUtcInWinterAndSevenInSummer() {
    assertThat(utc("2027-01-15T09:00", "Europe/Berlin")).isEqualTo("2027-01-15T08:00Z");
    assertThat(utc("2027-07-15T09:00:00", "Europe/Berlin")).isEqualTo("2027-07-15T07:00Z");
  }

  @Test
  void shouldTakeAnOffsetAsGiven() {
    assertThat(utc("2027-01-15T09:00:00+01:00", null)).isEqualTo("2027-01-15T08:00Z");
    assertThat(utc("2027-01-15T09:00:00+01:00[Europe/Berlin]", null))
        .isEqualTo("2027-01-15T08:00Z");
    assertThat(utc("2027-01-15T09:00:00+01:00", "Europe/Berlin")).isEqualTo("2027-01-15T08:00Z");
  }

  @Test
  void shouldRefuseALocalTimeWithoutAZone() {
    assertRefused("2027-01-15T09:00", null, "scheduledTime", "offset");
  }

  @Test
  void shouldRefuseATimeInThePast() {
    assertRefused("2026-06-01T11:59:59Z", null, "scheduledTime", "future");
    assertRefused("2026-06-01T13:59", "Europe/Berlin", "scheduledTime", "future");
  }

  @Test
  void shouldRefuseALocalTimeThatTheSpringChangeSkips() {
    assertRefused("2027-03-28T02:30", "Europe/Berlin", "scheduledTime", "does not exist");
  }

  @Test
  void shouldRefuseALocalTimeThatTheAutumnChangeRepeatsAskingForTheOffset() {
    assertRefused("2027-10-31T02:30", "Europe/Berlin", "scheduledTime", "happens twice");
    assertThat(utc("2027-10-31T02:30+02:00", null)).isEqualTo("2027-10-31T00:30Z");
    assertThat(utc("2027-10-31T02:30+01:00", null)).isEqualTo("2027-10-31T01:30Z");
  }

  @Test
  void shouldRefuseAnUnknownZoneOrAnOffsetTheZoneDoesNotHave() {
    assertRefused("2027-01-15T09:00", "Mars/Olympus", "timeZone", "IANA");
    assertRefused("2027-01-15T09:00+02:00", "Europe/Berlin", "timeZone", "+02:00");
  }

  @Test
  void shouldRefuseWhatIsNoTime() {
    assertRefused("next tuesday", "Europe/Berlin", "scheduledTime", "ISO-8601");
  }

  private static String utc(String time, String zone) {
    OffsetDateTime resolved = RequestedTime.resolve(time, zone, NOW);
    return resolved.toInstant().toString().replace(":00Z", "Z");
  }

  private static void assertRefused(String time, String zone, String field, String says) {
    assertThatThrownBy(() -> RequestedTime.resolve(time, zone, NOW))
        .isInstanceOfSatisfying(
            InvalidRequest.class,
            refused -> {
              assertThat(refused.field()).isEqualTo(field);
              assertThat(refused.getMessage()).contains(says);
            });
  }
}
