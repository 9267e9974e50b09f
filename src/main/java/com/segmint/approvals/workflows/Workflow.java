package com.segmint.approvals.workflows;

import java.time.Instant;
import java.util.List;

/**
 * An approval workflow on one content. Its owner sees every member; a member sees the workflow and
 * their own membership only.
 */
public record Workflow(
    int id,
    int contentId,
    Integer ownerId,
    String status,
    Instant createdAt,
    Instant updatedAt,
    List<WorkflowMember> members) {}
