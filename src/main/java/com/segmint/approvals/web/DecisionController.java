package com.segmint.approvals.web;

import com.segmint.approvals.decisions.Decision;
import com.segmint.approvals.decisions.Decisions;
import com.segmint.common.CursorPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workflows/{id}/decisions")
@Tag(name = "Workflows", description = "Approval workflows on content and their team members")
class DecisionController {

  private final Decisions decisions;

  DecisionController(Decisions decisions) {
    this.decisions = decisions;
  }

  @PostMapping
  @Operation(
      summary = "Approve, reject, request changes or comment",
      description =
          "Approvers approve and reject, reviewers and approvers request changes, members and the"
              + " owner comment; every kind but approve needs a message. No one approves their own"
              + " content; an approver of stage k acts once the earlier stages are approved. A"
              + " request for changes moves the workflow to changes_requested until the content's"
              + " title or body is edited, which starts a new round in pending.")
  @ApiResponse(responseCode = "201", description = "The decision, recorded")
  @ApiResponse(
      responseCode = "400",
      description = "A field is invalid, or the reason is missing",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "403",
      description = "My role on this workflow may not do this (or it is my own content)",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "Not found, or neither mine nor one I am on",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description =
          "Not now: the workflow is not pending (e.g. changes were requested: it waits for an edit"
              + " of the content), my stage is not open, or I already did",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "422",
      description = "A value the database refuses",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Decision> decide(
      @PathVariable int id, @Valid @RequestBody DecisionRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(decisions.decide(id, request.kind(), request.message()));
  }

  @GetMapping
  @Operation(summary = "A workflow's decisions and comments, oldest first, a page at a time")
  @ApiResponse(responseCode = "200", description = "A page; nextCursor is null on the last")
  @ApiResponse(
      responseCode = "400",
      description = "Bad cursor or limit",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "Not found, or neither mine nor one I am on",
      content = @Content(mediaType = "application/problem+json"))
  CursorPage<Decision> list(
      @PathVariable int id,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return decisions.list(id, cursor, limit);
  }
}
