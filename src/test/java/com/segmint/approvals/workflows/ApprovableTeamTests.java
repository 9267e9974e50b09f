package com.segmint.approvals.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.approvals.workflows.ApprovableTeam.Seat;
import com.segmint.common.DataIntegrityViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovableTeamTests {

  private static final int OWNER = 1;

  @Test
  void shouldRefuseATeamWhoseOnlyApproverIsTheOwner() {
    List<Seat> seats = List.of(new Seat(OWNER, "approver", 1), new Seat(2, "reviewer", 1));

    assertThatThrownBy(() -> ApprovableTeam.require(OWNER, seats, null))
        .isInstanceOfSatisfying(
            DataIntegrityViolation.class,
            refusal -> assertThat(refusal.field()).isEqualTo("members"));
  }

  @Test
  void shouldRefuseAPolicyAboveAnyStagesApprovers() {
    List<Seat> seats =
        List.of(new Seat(2, "approver", 1), new Seat(3, "approver", 1), new Seat(4, "approver", 2));

    assertThatThrownBy(() -> ApprovableTeam.require(OWNER, seats, 2))
        .isInstanceOfSatisfying(
            DataIntegrityViolation.class,
            refusal -> assertThat(refusal.field()).isEqualTo("requiredApprovals"));
  }

  @Test
  void shouldAcceptAPolicyEveryStageCanMeet() {
    List<Seat> seats =
        List.of(
            new Seat(2, "approver", 1),
            new Seat(3, "approver", 1),
            new Seat(4, "approver", 2),
            new Seat(5, "approver", 2),
            new Seat(6, "reviewer", 3));

    assertThatCode(() -> ApprovableTeam.require(OWNER, seats, 2)).doesNotThrowAnyException();
  }
}
