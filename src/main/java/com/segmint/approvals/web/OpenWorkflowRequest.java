package com.segmint.approvals.web;

import com.segmint.approvals.workflows.MemberAssignment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Opens a workflow on one of my contents with its first members; {@code requiredApprovals} is the N
 * of "N of M" per stage, left out for "every approver".
 */
record OpenWorkflowRequest(
    @NotNull @Positive Integer contentId,
    @NotNull @Size(max = 20) List<@NotNull @Valid MemberAssignment> members,
    @Min(1) @Max(20) Integer requiredApprovals) {}
