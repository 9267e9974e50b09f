package com.segmint.approvals;

import java.time.Instant;

/**
 * A member decided on (or commented) a workflow; published once the decision is committed, with the
 * workflow's status after it.
 */
public record WorkflowDecided(
    int decisionId,
    int workflowId,
    int contentId,
    Integer creatorId,
    Integer deciderId,
    String kind,
    String message,
    String workflowStatus,
    Instant decidedAt) {}
