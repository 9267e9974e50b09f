package com.segmint.users.web;

import com.segmint.common.Problems;
import com.segmint.users.SocialProfileSummary;
import com.segmint.users.oauth.ConnectCallback;
import com.segmint.users.oauth.ConnectFlow;
import com.segmint.users.oauth.ConnectStart;
import com.segmint.users.oauth.PlatformNotConfigured;
import com.segmint.users.socialprofiles.TokenEndpointUnavailable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/social-profiles/connect/{platform}")
@Tag(name = "Social profiles", description = "Connected accounts; tokens are write-only")
class SocialProfileConnectController {

  private static final Logger log = LoggerFactory.getLogger(SocialProfileConnectController.class);

  private final ConnectFlow flow;

  SocialProfileConnectController(ConnectFlow flow) {
    this.flow = flow;
  }

  @PostMapping
  @Operation(
      summary = "Start connecting an account with OAuth (authorization code + PKCE)",
      description =
          "Answers the platform's authorization URL to send the browser to; its state is single"
              + " use and expires after segmint.oauth.authorization-ttl.")
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "401", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "409", content = @Content(mediaType = "application/problem+json"))
  ConnectStart start(
      @Parameter(description = "linkedin, x, instagram or youtube") @PathVariable String platform) {
    return flow.start(platform);
  }

  @GetMapping("/callback")
  @SecurityRequirements
  @Operation(
      summary = "Where the platform redirects the browser back (authenticated by the state)",
      description =
          "Redeems the state once, exchanges the code with the PKCE verifier, reads the account's"
              + " handle and stores or updates the profile; never answers a token.")
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "409", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "502", content = @Content(mediaType = "application/problem+json"))
  SocialProfileSummary callback(
      @PathVariable String platform,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String error,
      @RequestParam(name = "error_description", required = false) String errorDescription) {
    return flow.complete(platform, new ConnectCallback(code, state, error, errorDescription));
  }

  @ExceptionHandler(PlatformNotConfigured.class)
  ProblemDetail notConfigured(PlatformNotConfigured notConfigured) {
    ProblemDetail problem =
        Problems.of(HttpStatus.CONFLICT, "platform-not-configured", notConfigured.getMessage());
    problem.setProperty("field", "platform");
    return problem;
  }

  @ExceptionHandler(TokenEndpointUnavailable.class)
  ProblemDetail platformUnavailable(TokenEndpointUnavailable unavailable) {
    log.warn("OAuth connect failed at the platform: {}", unavailable.getMessage());
    return Problems.of(
        HttpStatus.BAD_GATEWAY,
        "platform-unavailable",
        "The platform did not complete the connect; try again later");
  }
}
