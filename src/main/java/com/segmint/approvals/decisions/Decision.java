package com.segmint.approvals.decisions;

import java.time.Instant;

/**
 * A decision or comment on a workflow, in the round (content version) it was made; {@code stage} is
 * the decider's approval stage, null for the owner's comments.
 */
public record Decision(
    int id,
    int workflowId,
    Integer deciderId,
    String kind,
    String message,
    int round,
    Integer stage,
    Instant createdAt) {}
