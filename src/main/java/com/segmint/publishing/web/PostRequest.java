package com.segmint.publishing.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** One profile's post in a schedule request. */
record PostRequest(
    @NotNull @Positive Integer socialProfileId,
    @Schema(description = "The text for this platform; the content's body when absent")
        @Size(max = 10_000)
        String text,
    @Schema(description = "Uploaded media ids (POST /api/v1/media), in order") @Size(max = 10)
        List<@NotNull UUID> mediaIds,
    @Schema(description = "X only: split a text too long for one post into a numbered thread")
        Boolean thread) {}
