package com.segmint.approvals.decisions;

import static com.segmint.common.schema.Routines.appUserId;
import static com.segmint.common.schema.Tables.APPROVAL_WORKFLOW;
import static com.segmint.common.schema.Tables.WORKFLOW_DECISION;

import com.segmint.common.schema.enums.DecisionKind;
import com.segmint.common.schema.tables.records.ApprovalWorkflowRecord;
import com.segmint.common.schema.tables.records.WorkflowDecisionRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Decisions as the acting user; the database's workflow_decision_check trigger decides whether the
 * actor may make one, and workflow_decision_apply moves the workflow's status.
 */
@Repository
class DecisionRepository {

  private final DSLContext db;

  DecisionRepository(DSLContext db) {
    this.db = db;
  }

  WorkflowDecisionRecord insert(int workflowId, String kind, String message) {
    return db.insertInto(WORKFLOW_DECISION)
        .set(WORKFLOW_DECISION.WORKFLOW_ID, workflowId)
        .set(WORKFLOW_DECISION.DECIDER_ID, appUserId())
        .set(WORKFLOW_DECISION.KIND, DecisionKind.lookupLiteral(kind))
        .set(WORKFLOW_DECISION.MESSAGE, message)
        .returning()
        .fetchSingle();
  }

  Optional<ApprovalWorkflowRecord> workflow(int workflowId) {
    return db.selectFrom(APPROVAL_WORKFLOW)
        .where(APPROVAL_WORKFLOW.ID.eq(workflowId))
        .fetchOptional();
  }

  List<WorkflowDecisionRecord> page(int workflowId, long afterId, int size) {
    return db.selectFrom(WORKFLOW_DECISION)
        .where(WORKFLOW_DECISION.WORKFLOW_ID.eq(workflowId))
        .and(WORKFLOW_DECISION.ID.gt((int) afterId))
        .orderBy(WORKFLOW_DECISION.ID)
        .limit(size)
        .fetch();
  }
}
