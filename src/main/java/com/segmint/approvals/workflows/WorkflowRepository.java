package com.segmint.approvals.workflows;

import static com.segmint.common.schema.Routines.appUserId;
import static com.segmint.common.schema.Routines.isPrivileged;
import static com.segmint.common.schema.Routines.workflowWaitsForMe;
import static com.segmint.common.schema.Tables.APPROVAL_WORKFLOW;
import static com.segmint.common.schema.Tables.CONTENT;
import static com.segmint.common.schema.Tables.TEAM_MEMBER;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import com.segmint.common.schema.enums.TeamMemberRole;
import com.segmint.common.schema.enums.WorkflowStatus;
import com.segmint.common.schema.tables.records.ApprovalWorkflowRecord;
import com.segmint.common.schema.tables.records.TeamMemberRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Workflows and their members, as row-level security lets the acting user see them. */
@Repository
class WorkflowRepository {

  private final DSLContext db;

  WorkflowRepository(DSLContext db) {
    this.db = db;
  }

  /** Opens a workflow for the acting user on content they own and have not deleted. */
  Optional<Integer> insertForOwnedContent(int contentId, Integer requiredApprovals) {
    return db.insertInto(
            APPROVAL_WORKFLOW,
            APPROVAL_WORKFLOW.USER_ID,
            APPROVAL_WORKFLOW.CONTENT_ID,
            APPROVAL_WORKFLOW.REQUIRED_APPROVALS)
        .select(
            select(
                    appUserId(),
                    CONTENT.ID,
                    val(requiredApprovals, APPROVAL_WORKFLOW.REQUIRED_APPROVALS))
                .from(CONTENT)
                .where(CONTENT.ID.eq(contentId))
                .and(CONTENT.USER_ID.eq(appUserId()))
                .and(CONTENT.DELETED_AT.isNull()))
        .returning(APPROVAL_WORKFLOW.ID)
        .fetchOptional(APPROVAL_WORKFLOW.ID);
  }

  WorkflowMember insertMember(int workflowId, MemberAssignment member) {
    return toMember(
        db.insertInto(TEAM_MEMBER)
            .set(TEAM_MEMBER.WORKFLOW_ID, workflowId)
            .set(TEAM_MEMBER.MEMBER_ID, member.memberId())
            .set(TEAM_MEMBER.ROLE, TeamMemberRole.lookupLiteral(member.role()))
            .set(TEAM_MEMBER.STAGE, member.stageOrFirst())
            .returning()
            .fetchSingle());
  }

  List<ApprovalWorkflowRecord> page(long afterId, int size) {
    return db.selectFrom(APPROVAL_WORKFLOW)
        .where(APPROVAL_WORKFLOW.ID.gt((int) afterId))
        .orderBy(APPROVAL_WORKFLOW.ID)
        .limit(size)
        .fetch();
  }

  /** Pending workflows I am on that wait for my decision now, by id. */
  List<ApprovalWorkflowRecord> inboxPage(long afterId, int size) {
    return db.select(APPROVAL_WORKFLOW.fields())
        .from(APPROVAL_WORKFLOW)
        .join(TEAM_MEMBER)
        .on(TEAM_MEMBER.WORKFLOW_ID.eq(APPROVAL_WORKFLOW.ID))
        .and(TEAM_MEMBER.MEMBER_ID.eq(appUserId()))
        .where(APPROVAL_WORKFLOW.ID.gt((int) afterId))
        .and(APPROVAL_WORKFLOW.STATUS.eq(WorkflowStatus.pending))
        .and(workflowWaitsForMe(APPROVAL_WORKFLOW.ID).isTrue())
        .orderBy(APPROVAL_WORKFLOW.ID)
        .limit(size)
        .fetchInto(APPROVAL_WORKFLOW);
  }

  Optional<ApprovalWorkflowRecord> find(int id) {
    return db.selectFrom(APPROVAL_WORKFLOW).where(APPROVAL_WORKFLOW.ID.eq(id)).fetchOptional();
  }

  Map<Integer, List<WorkflowMember>> membersOf(Collection<Integer> workflowIds) {
    return db
        .selectFrom(TEAM_MEMBER)
        .where(TEAM_MEMBER.WORKFLOW_ID.in(workflowIds))
        .orderBy(TEAM_MEMBER.ID)
        .fetch()
        .stream()
        .collect(
            groupingBy(
                TeamMemberRecord::getWorkflowId, mapping(WorkflowRepository::toMember, toList())));
  }

  /** Empty when the workflow is not visible; else whether the actor may change it. */
  Optional<Boolean> mayManage(int id) {
    return db.select(APPROVAL_WORKFLOW.USER_ID.eq(appUserId()).or(isPrivileged().isTrue()))
        .from(APPROVAL_WORKFLOW)
        .where(APPROVAL_WORKFLOW.ID.eq(id))
        .fetchOptional(record -> Boolean.TRUE.equals(record.value1()));
  }

  boolean delete(int id) {
    return db.deleteFrom(APPROVAL_WORKFLOW).where(APPROVAL_WORKFLOW.ID.eq(id)).execute() > 0;
  }

  boolean deleteMember(int workflowId, int memberId) {
    return db.deleteFrom(TEAM_MEMBER)
            .where(TEAM_MEMBER.WORKFLOW_ID.eq(workflowId))
            .and(TEAM_MEMBER.MEMBER_ID.eq(memberId))
            .execute()
        > 0;
  }

  /**
   * Runs the deferred approval_workflow_approvable checks now rather than at commit, so that a
   * refusal is a statement's error (a 422 naming the field), not a failed commit.
   */
  void checkApprovableNow() {
    db.execute("SET CONSTRAINTS approval_workflow_approvable, team_member_approvable IMMEDIATE");
  }

  private static WorkflowMember toMember(TeamMemberRecord row) {
    return new WorkflowMember(
        row.getMemberId(),
        row.getRole().getLiteral(),
        row.getStage(),
        row.getCreatedAt().toInstant());
  }
}
