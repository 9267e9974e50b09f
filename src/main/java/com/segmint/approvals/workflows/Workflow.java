package com.segmint.approvals.workflows;

import java.time.Instant;
import java.util.List;

/**
 * An approval workflow on one content. Its owner sees every member; a member sees the workflow and
 * their own membership only. {@code requiredApprovals} null means every approver of each stage;
 * {@code round} grows with each edit of the content, and only decisions of the current round count.
 * {@code status} is pending, changes_requested (waiting for an edit), approved or rejected.
 */
public record Workflow(
    int id,
    int contentId,
    Integer ownerId,
    String status,
    Integer requiredApprovals,
    int round,
    Instant createdAt,
    Instant updatedAt,
    List<WorkflowMember> members) {}
