package com.segmint.publishing.web;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.ResourceNotFound;
import com.segmint.publishing.dispatch.PostReconciliation;
import com.segmint.publishing.dispatch.ReconciliationDecision;
import com.segmint.publishing.posts.PlatformPost;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Platform posts", description = "Content scheduled to connected profiles")
class PlatformPostReconciliationController {

  private final PostReconciliation reconciliation;

  PlatformPostReconciliationController(PostReconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @PostMapping("/api/v1/platform-posts/{id}/reconciliation")
  @Operation(
      summary = "Decide what became of a post whose outcome is unknown",
      description =
          "The dispatcher never publishes an unknown post again by itself. outcome is posted"
              + " (with remoteId and optionally remoteUrl: it is on the platform), failed (it is"
              + " not) or retry (it is not: publish it again now). Only the content's owner"
              + " decides: a reviewer of the content, who sees the post, is refused with 403;"
              + " to anyone else, admins included, it is not there (404), since admins manage"
              + " users, roles and platforms, not what a creator publishes.")
  @ApiResponse(responseCode = "200", description = "The post after the decision")
  @ApiResponse(
      responseCode = "400",
      description = "outcome, remoteId or remoteUrl is invalid",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "403",
      description = "Visible to me as a reviewer of the content, but not mine",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "No such post, or not mine (admins included)",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "The post's outcome is not unknown",
      content = @Content(mediaType = "application/problem+json"))
  PlatformPost reconcile(@PathVariable int id, @RequestBody ReconciliationDecision decision) {
    try {
      return reconciliation.decide(id, decision);
    } catch (AccessDeniedException notTheOwner) {
      if (actsAsAdmin()) {
        throw new ResourceNotFound("platform post", id);
      }
      throw notTheOwner;
    }
  }

  /** An admin sees every post only to administer; to them another's post is not reconcilable. */
  private static boolean actsAsAdmin() {
    return DatabaseActors.current().map(DatabaseActor::role).filter("admin"::equals).isPresent();
  }
}
