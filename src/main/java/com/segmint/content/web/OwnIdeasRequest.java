package com.segmint.content.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The creator's own ideas: 1 to 50 texts of 1 to 500 characters. */
record OwnIdeasRequest(
    @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 500) String> ideas) {}
