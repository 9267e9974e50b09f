package com.segmint.publishing.platforms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

/** What an admin writes about a platform: its display name, its code and its API's base URL. */
public record PlatformDetails(
    @NotBlank @Size(max = 50) String name,
    @NotNull
        @Pattern(
            regexp = "LinkedIn|Twitter|Instagram|YouTube",
            message = "must be one of LinkedIn, Twitter, Instagram, YouTube")
        String code,
    @NotBlank @Size(max = 2048) @URL(protocol = "https", message = "must be an https URL")
        String apiEndpoint) {}
