package com.segmint.users.web;

import com.segmint.common.DatabaseActors;
import com.segmint.common.ETags;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.users.NewSocialProfile;
import com.segmint.users.SocialProfileSummary;
import com.segmint.users.SocialProfiles;
import com.segmint.users.socialprofiles.SocialProfileDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/social-profiles")
@Tag(name = "Social profiles", description = "Connected accounts; tokens are write-only")
class SocialProfileController {

  private static final String PROBLEM = "application/problem+json";

  /** Printable text only: a handle is shown to people and sent to platforms. */
  private static final String NO_CONTROL_CHARACTERS = "[^\\p{Cc}]*";

  private static final String CONTROL_CHARACTERS = "must not contain control characters";

  private final SocialProfiles profiles;
  private final SocialProfileDirectory directory;

  SocialProfileController(SocialProfiles profiles, SocialProfileDirectory directory) {
    this.profiles = profiles;
    this.directory = directory;
  }

  /** An account connected with tokens the caller already holds; the OAuth flow stores the same. */
  record ConnectRequest(
      @NotNull SocialPlatform platform,
      @NotBlank
          @Size(max = 100)
          @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_CHARACTERS)
          String handle,
      @NotBlank @Size(max = 8192) String accessToken,
      @Size(max = 8192) String refreshToken,
      @NotNull @Future OffsetDateTime expiresAt) {

    @Override
    public String toString() {
      return "ConnectRequest[platform=%s, handle=%s, tokens redacted]".formatted(platform, handle);
    }
  }

  /** What an owner may change about a connected account; its tokens change only by reconnecting. */
  record ProfileChange(
      @NotBlank
          @Size(max = 100)
          @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_CHARACTERS)
          String handle) {}

  @GetMapping
  @Operation(summary = "The caller's connected accounts")
  List<SocialProfileSummary> list() {
    return directory.list();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One connected account, with its ETag")
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  ResponseEntity<SocialProfileSummary> find(@PathVariable int id) {
    return ETags.ok(directory.find(id));
  }

  @PatchMapping("/{id}")
  @Operation(
      summary = "Change a connected account's handle (If-Match required)",
      description = "The stored tokens stay as they are.")
  @ApiResponse(responseCode = "200", description = "The changed account, with its new ETag")
  @ApiResponse(
      responseCode = "400",
      description = "handle is blank, too long or has control characters",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "404",
      description = "No such live account of the caller's",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "409",
      description = "The caller already has this handle connected on the platform",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "412",
      description = "The account changed since the ETag was read",
      content = @Content(mediaType = PROBLEM))
  @ApiResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content = @Content(mediaType = PROBLEM))
  ResponseEntity<SocialProfileSummary> change(
      @PathVariable int id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ProfileChange change) {
    int version = ETags.versionOf(ifMatch);
    return ETags.ok(directory.changeHandle(id, version, change.handle()));
  }

  @PostMapping
  @Operation(summary = "Connect an account with its tokens (stored encrypted, never returned)")
  @ApiResponse(responseCode = "201")
  @ApiResponse(responseCode = "400", content = @Content(mediaType = PROBLEM))
  @ApiResponse(responseCode = "409", content = @Content(mediaType = PROBLEM))
  ResponseEntity<SocialProfileSummary> connect(@Valid @RequestBody ConnectRequest request) {
    int userId = DatabaseActors.current().orElseThrow().userId();
    int id =
        profiles.connect(
            new NewSocialProfile(
                userId,
                request.platform(),
                request.handle(),
                request.accessToken(),
                request.refreshToken(),
                request.expiresAt()));
    SocialProfileSummary created = directory.find(id);
    return ResponseEntity.created(URI.create("/api/v1/social-profiles/" + id))
        .eTag(ETags.of(created.version()))
        .body(created);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Disconnect an account")
  @ApiResponse(responseCode = "204")
  @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  void disconnect(@PathVariable int id) {
    directory.disconnect(id);
  }
}
