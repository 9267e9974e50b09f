package com.segmint.users.web;

import com.segmint.common.Problems;
import com.segmint.users.accounts.Account;
import com.segmint.users.accounts.Registration;
import com.segmint.users.login.InvalidCredentials;
import com.segmint.users.login.Login;
import com.segmint.users.login.RefreshTokens;
import com.segmint.users.login.TooManyLoginAttempts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "Registration, login, token refresh and logout")
class AuthController {

  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private final Registration registration;
  private final Login login;
  private final RefreshTokens refreshTokens;

  AuthController(Registration registration, Login login, RefreshTokens refreshTokens) {
    this.registration = registration;
    this.login = login;
    this.refreshTokens = refreshTokens;
  }

  @PostMapping("/register")
  @Operation(
      summary = "Create an account",
      description =
          "A new account is a creator; the first account of an empty installation and the"
              + " configured admin username become admins.")
  @ApiResponse(responseCode = "201", description = "Created; Location names the new user")
  @ApiResponse(
      responseCode = "400",
      description = "A field is invalid",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "409",
      description = "The username or email is taken",
      content = @Content(mediaType = PROBLEM))
  ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterRequest request) {
    Account account = registration.register(request.toNewAccount());
    return ResponseEntity.created(URI.create("/api/v1/users/" + account.id()))
        .body(UserResponse.of(account));
  }

  @PostMapping("/login")
  @Operation(summary = "Log in with a username (or email) and password")
  @ApiResponse(responseCode = "200", description = "An access token and a refresh token")
  @ApiResponse(
      responseCode = "400",
      description = "A field is missing",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "401",
      description = "Wrong username or password (the same answer for both)",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "429",
      description = "Too many failed logins for the account or address; see Retry-After",
      content = @Content(mediaType = PROBLEM))
  TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
    return TokenResponse.of(
        login.login(request.username(), request.password(), http.getRemoteAddr()));
  }

  @PostMapping("/refresh")
  @Operation(
      summary = "Exchange a refresh token for new tokens",
      description =
          "The presented token is used up. Presenting a used token again revokes every token of"
              + " its session.")
  @ApiResponse(responseCode = "200", description = "A new access token and refresh token")
  @ApiResponse(
      responseCode = "400",
      description = "refreshToken is missing",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "401",
      description = "The token is unknown, expired, revoked or already used",
      content = @Content(mediaType = PROBLEM))
  TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
    return TokenResponse.of(refreshTokens.rotate(request.refreshToken()));
  }

  @PostMapping("/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "End the session of a refresh token (idempotent)")
  @ApiResponse(responseCode = "204", description = "The session is over")
  @ApiResponse(
      responseCode = "400",
      description = "refreshToken is missing",
      content = @Content(mediaType = PROBLEM))
  void logout(@Valid @RequestBody RefreshRequest request) {
    refreshTokens.revokeFamilyOf(request.refreshToken());
  }

  @ExceptionHandler(InvalidCredentials.class)
  ResponseEntity<ProblemDetail> invalidCredentials(InvalidCredentials failure) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .body(Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials", failure.getMessage()));
  }

  @ExceptionHandler(TooManyLoginAttempts.class)
  ResponseEntity<ProblemDetail> tooManyAttempts(TooManyLoginAttempts failure) {
    ProblemDetail problem =
        Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts", failure.getMessage());
    problem.setProperty("retryAfter", failure.retryAfterSeconds());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(failure.retryAfterSeconds()))
        .body(problem);
  }
}
