package com.segmint.content.web;

import com.segmint.content.ideas.IdeaOptions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What generated ideas should be about; every field is optional (count defaults to 10). */
record GenerateIdeasRequest(
    @Size(min = 1, max = 200)
        @Pattern(regexp = NOT_BLANK_NOR_NUL, message = "must not be blank or hold a NUL character")
        String topic,
    @Size(min = 1, max = 100)
        @Pattern(regexp = NOT_BLANK_NOR_NUL, message = "must not be blank or hold a NUL character")
        String tone,
    @Pattern(
            regexp = "(?i)linkedin|twitter|x|instagram|youtube",
            message = "must be one of LinkedIn, Twitter (or X), Instagram, YouTube")
        String platform,
    @Min(1) @Max(20) Integer count) {

  static final int DEFAULT_COUNT = 10;

  /** Not stored, so the database's refusal of NUL would not catch it: refused here. */
  static final String NOT_BLANK_NOR_NUL = "(?s)(?=.*\\S)[^\\x00]*";

  IdeaOptions toOptions() {
    return new IdeaOptions(topic, tone, platform, count == null ? DEFAULT_COUNT : count);
  }
}
