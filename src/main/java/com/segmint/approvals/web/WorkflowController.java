package com.segmint.approvals.web;

import com.segmint.approvals.workflows.MemberAssignment;
import com.segmint.approvals.workflows.Workflow;
import com.segmint.approvals.workflows.WorkflowMember;
import com.segmint.approvals.workflows.Workflows;
import com.segmint.common.CursorPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workflows")
@Tag(name = "Workflows", description = "Approval workflows on content and their team members")
class WorkflowController {

  private final Workflows workflows;

  WorkflowController(Workflows workflows) {
    this.workflows = workflows;
  }

  @PostMapping
  @Operation(summary = "Open a workflow on one of my contents")
  @ApiResponse(responseCode = "201", description = "The workflow with its members")
  @ApiResponse(
      responseCode = "400",
      description = "A field is invalid",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "The content is not found or not mine",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "A member is listed twice",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "422",
      description =
          "A member is not a user, or the workflow could never be approved: no approver besides"
              + " me (field members), or requiredApprovals above a stage's approvers",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Workflow> open(@Valid @RequestBody OpenWorkflowRequest request) {
    Workflow workflow =
        workflows.open(request.contentId(), request.members(), request.requiredApprovals());
    return ResponseEntity.created(URI.create("/api/v1/workflows/" + workflow.id())).body(workflow);
  }

  @GetMapping
  @Operation(summary = "Workflows I own or am a member of, by id, a page at a time")
  @ApiResponse(responseCode = "200", description = "A page; nextCursor is null on the last")
  @ApiResponse(
      responseCode = "400",
      description = "Bad cursor or limit",
      content = @Content(mediaType = "application/problem+json"))
  CursorPage<Workflow> list(
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return workflows.list(cursor, limit);
  }

  @GetMapping("/inbox")
  @Operation(summary = "Workflows waiting for my review or approval now, by id, a page at a time")
  @ApiResponse(responseCode = "200", description = "A page; nextCursor is null on the last")
  @ApiResponse(
      responseCode = "400",
      description = "Bad cursor or limit",
      content = @Content(mediaType = "application/problem+json"))
  CursorPage<Workflow> inbox(
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return workflows.inbox(cursor, limit);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One workflow with its members (a member sees only their own membership)")
  @ApiResponse(responseCode = "200", description = "The workflow")
  @ApiResponse(
      responseCode = "404",
      description = "Not found, or neither mine nor one I am on",
      content = @Content(mediaType = "application/problem+json"))
  Workflow get(@PathVariable int id) {
    return workflows.find(id);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a workflow I own")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiResponse(
      responseCode = "403",
      description = "I am a member, not the owner",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "Not found, or not visible to me",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Void> delete(@PathVariable int id) {
    workflows.delete(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/members")
  @Operation(summary = "Add a member to a workflow I own")
  @ApiResponse(responseCode = "201", description = "The new member")
  @ApiResponse(
      responseCode = "400",
      description = "A field is invalid",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "403",
      description = "I am a member, not the owner",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "Workflow not found, or not visible to me",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "Already a member",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "422",
      description =
          "The member is not a user, or their stage would have fewer approvers than"
              + " requiredApprovals",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<WorkflowMember> addMember(
      @PathVariable int id, @Valid @RequestBody MemberAssignment member) {
    return ResponseEntity.status(HttpStatus.CREATED).body(workflows.addMember(id, member));
  }

  @DeleteMapping("/{id}/members/{memberId}")
  @Operation(
      summary = "Remove a member from a workflow I own",
      description =
          "A pending workflow is recomputed: the member's approval no longer counts, and the"
              + " remaining approvals may now approve it. A decided workflow keeps its verdict.")
  @ApiResponse(responseCode = "204", description = "Removed")
  @ApiResponse(
      responseCode = "403",
      description = "I am a member, not the owner",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "Workflow or member not found",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "422",
      description =
          "The workflow could then never be approved: no approver besides me (field members), or"
              + " a stage with fewer approvers than requiredApprovals",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Void> removeMember(@PathVariable int id, @PathVariable int memberId) {
    workflows.removeMember(id, memberId);
    return ResponseEntity.noContent().build();
  }
}
