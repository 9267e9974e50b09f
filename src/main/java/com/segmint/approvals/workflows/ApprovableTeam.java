package com.segmint.approvals.workflows;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.DataIntegrityViolation.Kind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Refuses a team that could never approve: no approver besides the owner (who never approves their
 * own content), or a stage with fewer such approvers than the policy's N. The database's
 * approval_workflow_approvable constraint triggers hold the same rule at commit.
 */
final class ApprovableTeam {

  private static final String CONSTRAINT = "approval_workflow_approvable";

  private ApprovableTeam() {}

  record Seat(int memberId, String role, int stage) {

    static Seat of(MemberAssignment member) {
      return new Seat(member.memberId(), member.role(), member.stageOrFirst());
    }

    static Seat of(WorkflowMember member) {
      return new Seat(member.memberId(), member.role(), member.stage());
    }
  }

  static void require(Integer ownerId, List<Seat> seats, Integer requiredApprovals) {
    Map<Integer, Long> approversByStage =
        seats.stream()
            .filter(seat -> "approver".equals(seat.role()))
            .filter(seat -> !Objects.equals(seat.memberId(), ownerId))
            .collect(groupingBy(Seat::stage, TreeMap::new, counting()));
    if (approversByStage.isEmpty()) {
      throw refusal(
          "members", "a workflow needs an approver besides its owner: it could never be approved");
    }
    if (requiredApprovals == null) {
      return;
    }
    approversByStage.entrySet().stream()
        .filter(stage -> stage.getValue() < requiredApprovals)
        .findFirst()
        .ifPresent(
            stage -> {
              throw refusal(
                  "requiredApprovals",
                  "stage %d has %d approvers, fewer than the %d required: it could never be approved"
                      .formatted(stage.getKey(), stage.getValue(), requiredApprovals));
            });
  }

  private static DataIntegrityViolation refusal(String field, String message) {
    return new DataIntegrityViolation(Kind.INVALID_VALUE, CONSTRAINT, field, message, null);
  }
}
