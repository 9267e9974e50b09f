package com.segmint.approvals.workflows;

import java.time.Instant;

/** A user asked to review or approve a workflow's content. */
public record WorkflowMember(int memberId, String role, Instant addedAt) {}
