package com.segmint.approvals.decisions;

import com.segmint.approvals.WorkflowDecided;
import com.segmint.common.Conflict;
import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import com.segmint.common.InvalidRequest;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.schema.enums.WorkflowStatus;
import com.segmint.common.schema.tables.records.ApprovalWorkflowRecord;
import com.segmint.common.schema.tables.records.WorkflowDecisionRecord;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on workflows: approve, reject (with a reason), request changes (with a reason) and
 * comment. The database enforces who may decide what and when, and computes the workflow's status;
 * each decision is announced as a {@link WorkflowDecided} event.
 */
@Service
public class Decisions {

  private final DecisionRepository decisions;
  private final ApplicationEventPublisher events;

  Decisions(DecisionRepository decisions, ApplicationEventPublisher events) {
    this.decisions = decisions;
    this.events = events;
  }

  @Transactional
  public Decision decide(int workflowId, String kind, String message) {
    String text = message == null || message.isBlank() ? null : message;
    if (text == null && !"approve".equals(kind)) {
      throw new InvalidRequest("message", "a " + kind + " needs a message (the reason)");
    }
    decisions.workflow(workflowId).ifPresent(workflow -> requireOpenFor(kind, workflow));
    WorkflowDecisionRecord row = decisions.insert(workflowId, kind, text);
    ApprovalWorkflowRecord workflow = decisions.workflow(workflowId).orElseThrow();
    events.publishEvent(
        new WorkflowDecided(
            row.getId(),
            workflowId,
            workflow.getContentId(),
            workflow.getUserId(),
            row.getDeciderId(),
            kind,
            text,
            workflow.getStatus().getLiteral(),
            row.getCreatedAt().toInstant()));
    return toDecision(row);
  }

  /**
   * Verdicts and requests for changes wait for a pending workflow: one whose changes were requested
   * waits for an edit of its content. The database's workflow_decision_check holds the same rule.
   */
  private static void requireOpenFor(String kind, ApprovalWorkflowRecord workflow) {
    WorkflowStatus status = workflow.getStatus();
    if (!"comment".equals(kind) && status != WorkflowStatus.pending) {
      String waiting =
          status == WorkflowStatus.changes_requested
              ? ": changes were requested, so it waits for an edit of the content"
              : "";
      throw new Conflict(
          "the workflow is %s, not pending%s".formatted(status.getLiteral(), waiting));
    }
  }

  /** A workflow's decisions and comments, oldest first, for its owner and members. */
  @Transactional(readOnly = true)
  public CursorPage<Decision> list(int workflowId, String cursor, Integer limit) {
    int size = Cursors.limit(limit);
    long afterId = cursor == null ? 0 : Cursors.decode(cursor).id();
    decisions.workflow(workflowId).orElseThrow(() -> new ResourceNotFound("workflow", workflowId));
    List<WorkflowDecisionRecord> rows = decisions.page(workflowId, afterId, size + 1);
    List<Decision> items =
        rows.subList(0, Math.min(size, rows.size())).stream().map(Decisions::toDecision).toList();
    if (rows.size() <= size) {
      return new CursorPage<>(items, null);
    }
    Decision last = items.get(size - 1);
    return new CursorPage<>(items, Cursors.encode(last.createdAt(), last.id()));
  }

  private static Decision toDecision(WorkflowDecisionRecord row) {
    return new Decision(
        row.getId(),
        row.getWorkflowId(),
        row.getDeciderId(),
        row.getKind().getLiteral(),
        row.getMessage(),
        row.getRound(),
        row.getStage(),
        row.getCreatedAt().toInstant());
  }
}
