package com.segmint.approvals.web;

import com.segmint.approvals.workflows.MemberAssignment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Opens a workflow on one of my contents with its first members. */
record OpenWorkflowRequest(
    @NotNull @Positive Integer contentId,
    @NotNull @Size(max = 20) List<@NotNull @Valid MemberAssignment> members) {}
