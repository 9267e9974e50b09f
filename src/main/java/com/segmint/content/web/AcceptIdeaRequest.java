package com.segmint.content.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/** How to accept an idea: as a new draft, or appended to the content it was suggested for. */
record AcceptIdeaRequest(@NotNull Mode mode) {

  enum Mode {
    @JsonProperty("new-draft")
    NEW_DRAFT,
    @JsonProperty("extend")
    EXTEND
  }
}
