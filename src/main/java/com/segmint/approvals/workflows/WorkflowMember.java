package com.segmint.approvals.workflows;

import java.time.Instant;

/** A user asked to review or approve a workflow's content, in an approval stage. */
public record WorkflowMember(int memberId, String role, int stage, Instant addedAt) {}
