package com.segmint.approvals.workflows;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** Who joins a workflow, and as what. */
public record MemberAssignment(
    @NotNull @Positive Integer memberId,
    @NotNull @Pattern(regexp = "reviewer|approver", message = "must be reviewer or approver")
        String role) {}
