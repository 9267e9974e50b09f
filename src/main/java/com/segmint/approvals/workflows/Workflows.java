package com.segmint.approvals.workflows;

import static java.util.stream.Collectors.toCollection;

import com.segmint.approvals.workflows.ApprovableTeam.Seat;
import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.schema.tables.records.ApprovalWorkflowRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Storage of approval workflows: the content's owner opens one and chooses its members; members see
 * the workflows they are on. Decisions are not made here.
 */
@Service
public class Workflows {

  private final WorkflowRepository workflows;

  Workflows(WorkflowRepository workflows) {
    this.workflows = workflows;
  }

  @Transactional
  public Workflow open(int contentId, List<MemberAssignment> members, Integer requiredApprovals) {
    int id =
        workflows
            .insertForOwnedContent(contentId, requiredApprovals)
            .orElseThrow(() -> new ResourceNotFound("content", contentId));
    Integer owner = workflows.find(id).orElseThrow().getUserId();
    ApprovableTeam.require(owner, members.stream().map(Seat::of).toList(), requiredApprovals);
    members.forEach(member -> workflows.insertMember(id, member));
    workflows.checkApprovableNow();
    return find(id);
  }

  /** Workflows I own or am on, by id. */
  @Transactional(readOnly = true)
  public CursorPage<Workflow> list(String cursor, Integer limit) {
    return page(cursor, limit, workflows::page);
  }

  /** What waits for my decision now, as a reviewer or an approver whose stage is open. */
  @Transactional(readOnly = true)
  public CursorPage<Workflow> inbox(String cursor, Integer limit) {
    return page(cursor, limit, workflows::inboxPage);
  }

  private CursorPage<Workflow> page(String cursor, Integer limit, PageQuery query) {
    int size = Cursors.limit(limit);
    long afterId = cursor == null ? 0 : Cursors.decode(cursor).id();
    List<ApprovalWorkflowRecord> rows = query.after(afterId, size + 1);
    List<ApprovalWorkflowRecord> page = rows.subList(0, Math.min(size, rows.size()));
    Map<Integer, List<WorkflowMember>> members =
        workflows.membersOf(page.stream().map(ApprovalWorkflowRecord::getId).toList());
    List<Workflow> items =
        page.stream()
            .map(row -> toWorkflow(row, members.getOrDefault(row.getId(), List.of())))
            .toList();
    if (rows.size() <= size) {
      return new CursorPage<>(items, null);
    }
    ApprovalWorkflowRecord last = page.get(size - 1);
    return new CursorPage<>(items, Cursors.encode(last.getCreatedAt().toInstant(), last.getId()));
  }

  @Transactional(readOnly = true)
  public Workflow find(int id) {
    ApprovalWorkflowRecord row =
        workflows.find(id).orElseThrow(() -> new ResourceNotFound("workflow", id));
    return toWorkflow(row, workflows.membersOf(List.of(id)).getOrDefault(id, List.of()));
  }

  @Transactional
  public void delete(int id) {
    requireOwner(id);
    workflows.delete(id);
  }

  /**
   * Adds a member; refused when the team could then never approve (an approver in a new stage with
   * fewer approvers than N). A pending workflow is recomputed by the database.
   */
  @Transactional
  public WorkflowMember addMember(int id, MemberAssignment member) {
    requireOwner(id);
    Workflow workflow = find(id);
    List<Seat> seats = seatsOf(workflow);
    if (seats.stream().noneMatch(seat -> seat.memberId() == member.memberId())) {
      seats.add(Seat.of(member));
      ApprovableTeam.require(workflow.ownerId(), seats, workflow.requiredApprovals());
    }
    WorkflowMember added = workflows.insertMember(id, member);
    workflows.checkApprovableNow();
    return added;
  }

  /**
   * Removes a member; refused when the team could then never approve. The database recomputes a
   * pending workflow: the member's approval stops counting, and the rest may now approve it.
   */
  @Transactional
  public void removeMember(int id, int memberId) {
    requireOwner(id);
    Workflow workflow = find(id);
    List<Seat> seats = seatsOf(workflow);
    if (!seats.removeIf(seat -> seat.memberId() == memberId)) {
      throw new ResourceNotFound("member of workflow " + id, memberId);
    }
    ApprovableTeam.require(workflow.ownerId(), seats, workflow.requiredApprovals());
    if (!workflows.deleteMember(id, memberId)) {
      throw new ResourceNotFound("member of workflow " + id, memberId);
    }
    workflows.checkApprovableNow();
  }

  private static List<Seat> seatsOf(Workflow workflow) {
    return workflow.members().stream().map(Seat::of).collect(toCollection(ArrayList::new));
  }

  private void requireOwner(int id) {
    boolean owner = workflows.mayManage(id).orElseThrow(() -> new ResourceNotFound("workflow", id));
    if (!owner) {
      throw new AccessDeniedException("only the workflow's owner may change it");
    }
  }

  private static Workflow toWorkflow(ApprovalWorkflowRecord row, List<WorkflowMember> members) {
    return new Workflow(
        row.getId(),
        row.getContentId(),
        row.getUserId(),
        row.getStatus().getLiteral(),
        row.getRequiredApprovals(),
        row.getRound(),
        row.getCreatedAt().toInstant(),
        row.getUpdatedAt().toInstant(),
        members);
  }

  @FunctionalInterface
  private interface PageQuery {
    List<ApprovalWorkflowRecord> after(long afterId, int size);
  }
}
