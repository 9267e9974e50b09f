package com.segmint.users.web;

import com.segmint.common.DatabaseActors;
import com.segmint.common.ETags;
import com.segmint.users.accounts.Account;
import com.segmint.users.accounts.Accounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "The caller's own account")
class MeController {

  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private final Accounts accounts;

  MeController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  @Operation(summary = "The caller's account, with its ETag")
  @ApiResponse(responseCode = "200", description = "The account")
  @ApiResponse(
      responseCode = "401",
      description = "No valid access token",
      content = @Content(mediaType = PROBLEM))
  ResponseEntity<UserResponse> me() {
    return withETag(accounts.live(caller()));
  }

  @PatchMapping
  @Operation(summary = "Change the caller's email or time zone (If-Match required)")
  @ApiResponse(responseCode = "200", description = "The changed account, with its new ETag")
  @ApiResponse(
      responseCode = "400",
      description = "A field is invalid",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "401",
      description = "No valid access token",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "409",
      description = "The email is taken",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "412",
      description = "The account changed since the ETag was read",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content = @Content(mediaType = PROBLEM))
  ResponseEntity<UserResponse> update(
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody UpdateMeRequest request) {
    int version = ETags.versionOf(ifMatch);
    return withETag(accounts.update(caller(), version, request.toChanges()));
  }

  static ResponseEntity<UserResponse> withETag(Account account) {
    return ResponseEntity.ok().eTag(ETags.of(account.version())).body(UserResponse.of(account));
  }

  private static int caller() {
    return DatabaseActors.current().orElseThrow().userId();
  }
}
