package com.segmint.approvals.workflows;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** Who joins a workflow, as what, and in which approval stage (1 when left out). */
public record MemberAssignment(
    @NotNull @Positive Integer memberId,
    @NotNull @Pattern(regexp = "reviewer|approver", message = "must be reviewer or approver")
        String role,
    @Min(1) @Max(10) Integer stage) {

  public int stageOrFirst() {
    return stage == null ? 1 : stage;
  }
}
