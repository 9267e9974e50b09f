package com.segmint.approvals.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A decision or a comment; every kind but approve needs a message (the reason, or the comment). */
record DecisionRequest(
    @NotNull
        @Pattern(
            regexp = "approve|reject|request_changes|comment",
            message = "must be approve, reject, request_changes or comment")
        String kind,
    @Size(max = 5000) String message) {}
