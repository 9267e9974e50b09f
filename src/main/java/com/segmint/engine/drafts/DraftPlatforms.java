package com.segmint.engine.drafts;

import com.segmint.common.InvalidRequest;
import com.segmint.common.schema.enums.SocialPlatform;
import java.util.Arrays;

/** The platform a draft is asked for, by the catalog's codes. */
final class DraftPlatforms {

  private DraftPlatforms() {}

  /** A catalog code in any case; {@code X} names Twitter too. */
  static SocialPlatform parse(String value) {
    String wanted = value == null ? "" : value.strip();
    if (wanted.equalsIgnoreCase("x")) {
      return SocialPlatform.Twitter;
    }
    return Arrays.stream(SocialPlatform.values())
        .filter(platform -> platform.getLiteral().equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidRequest(
                    "platform",
                    "platform must be one of LinkedIn, Twitter (or X), Instagram, YouTube"));
  }
}
