package com.segmint.engine.drafts;

import com.segmint.common.InvalidRequest;
import java.util.Arrays;
import java.util.Locale;

/** The platforms a draft is written for, by the codes of the platform catalog. */
enum DraftPlatform {
  TWITTER("Twitter"),
  LINKEDIN("LinkedIn"),
  INSTAGRAM("Instagram"),
  YOUTUBE("YouTube");

  private final String code;

  DraftPlatform(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  /** A catalog code in any case; {@code X} names Twitter too. */
  static DraftPlatform parse(String value) {
    String wanted = value == null ? "" : value.strip();
    if (wanted.equalsIgnoreCase("x")) {
      return TWITTER;
    }
    return Arrays.stream(values())
        .filter(platform -> platform.code.toLowerCase(Locale.ROOT).equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidRequest(
                    "platform",
                    "platform must be one of LinkedIn, Twitter (or X), Instagram, YouTube"));
  }
}
