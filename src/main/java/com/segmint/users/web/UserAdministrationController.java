package com.segmint.users.web;

import com.segmint.common.ETags;
import com.segmint.users.accounts.AccountAdministration;
import com.segmint.users.accounts.Accounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "users", description = "Account administration (admins only)")
@ApiResponse(
    responseCode = "401",
    description = "No valid access token",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
@ApiResponse(
    responseCode = "403",
    description = "The caller is not an admin",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
class UserAdministrationController {

  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
  private static final String ADMIN = "hasRole('admin')";

  private final Accounts accounts;
  private final AccountAdministration administration;

  UserAdministrationController(Accounts accounts, AccountAdministration administration) {
    this.accounts = accounts;
    this.administration = administration;
  }

  @GetMapping
  @PreAuthorize(ADMIN)
  @Operation(summary = "Every account by id, soft-deleted ones included, a page at a time")
  @ApiResponse(responseCode = "200", description = "A page of accounts")
  @ApiResponse(
      responseCode = "400",
      description = "cursor or limit is invalid",
      content = @Content(mediaType = PROBLEM))
  UserPage list(
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return UserPage.of(accounts.page(cursor, limit));
  }

  @GetMapping("/{id}")
  @PreAuthorize(ADMIN)
  @Operation(summary = "One account, with its ETag")
  @ApiResponse(responseCode = "200", description = "The account")
  @ApiResponse(
      responseCode = "404",
      description = "No such account",
      content = @Content(mediaType = PROBLEM))
  ResponseEntity<UserResponse> get(@PathVariable int id) {
    return MeController.withETag(accounts.find(id));
  }

  @PutMapping("/{id}/role")
  @PreAuthorize(ADMIN)
  @Operation(
      summary = "Change an account's role (If-Match required)",
      description = "Takes effect with the account's next request, whatever its access token says.")
  @ApiResponse(responseCode = "200", description = "The changed account, with its new ETag")
  @ApiResponse(
      responseCode = "400",
      description = "role is not creator, team_member or admin",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "404",
      description = "No such live account",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "409",
      description = "The account is the last live admin (type /problems/last-admin)",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "412",
      description = "The account changed since the ETag was read",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content = @Content(mediaType = PROBLEM))
  ResponseEntity<UserResponse> changeRole(
      @PathVariable int id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody RoleChangeRequest request) {
    int version = ETags.versionOf(ifMatch);
    return MeController.withETag(administration.changeRole(id, version, request.role()));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(ADMIN)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Soft-delete an account",
      description = "Its sessions end and its access tokens are refused at once.")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiResponse(
      responseCode = "404",
      description = "No such live account",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "409",
      description = "The account is the last live admin (type /problems/last-admin)",
      content = @Content(mediaType = PROBLEM))
  void delete(@PathVariable int id) {
    administration.delete(id);
  }

  @PostMapping("/{id}/erasure")
  @PreAuthorize(ADMIN)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Erase an account (right to erasure)",
      description =
          "Deletes the account; its content and workflows stay without an author, and the audit"
              + " trail keeps only pseudonyms of its username and email.")
  @ApiResponse(responseCode = "204", description = "Erased")
  @ApiResponse(
      responseCode = "404",
      description = "No such account",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "409",
      description = "The account is the last live admin (type /problems/last-admin)",
      content = @Content(mediaType = PROBLEM))
  void erase(@PathVariable int id) {
    administration.erase(id);
  }
}
