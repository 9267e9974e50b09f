package com.segmint.content.web;

import com.segmint.content.authoring.ContentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The whole text of a content, for creating it or replacing it. */
record ContentRequest(
    @NotBlank @Size(max = 255) String title,
    @NotBlank @Size(max = 100_000) String body,
    @NotBlank @Size(max = 100) String tone) {

  ContentDraft toDraft() {
    return new ContentDraft(title, body, tone);
  }
}
