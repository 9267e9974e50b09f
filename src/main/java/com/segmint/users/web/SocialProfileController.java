package com.segmint.users.web;

import com.segmint.common.DatabaseActors;
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
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/social-profiles")
@Tag(name = "Social profiles", description = "Connected accounts; tokens are write-only")
class SocialProfileController {

  private final SocialProfiles profiles;
  private final SocialProfileDirectory directory;

  SocialProfileController(SocialProfiles profiles, SocialProfileDirectory directory) {
    this.profiles = profiles;
    this.directory = directory;
  }

  /** An account connected with tokens the caller already holds; the OAuth flow stores the same. */
  record ConnectRequest(
      @NotNull SocialPlatform platform,
      @NotBlank @Size(max = 100) String handle,
      @NotBlank @Size(max = 8192) String accessToken,
      @Size(max = 8192) String refreshToken,
      @NotNull @Future OffsetDateTime expiresAt) {

    @Override
    public String toString() {
      return "ConnectRequest[platform=%s, handle=%s, tokens redacted]".formatted(platform, handle);
    }
  }

  @GetMapping
  @Operation(summary = "The caller's connected accounts")
  List<SocialProfileSummary> list() {
    return directory.list();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One connected account")
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
  SocialProfileSummary find(@PathVariable int id) {
    return directory.find(id);
  }

  @PostMapping
  @Operation(summary = "Connect an account with its tokens (stored encrypted, never returned)")
  @ApiResponse(responseCode = "201")
  @ApiResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "409", content = @Content(mediaType = "application/problem+json"))
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
    return ResponseEntity.created(URI.create("/api/v1/social-profiles/" + id))
        .body(directory.find(id));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Disconnect an account")
  @ApiResponse(responseCode = "204")
  @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
  void disconnect(@PathVariable int id) {
    directory.disconnect(id);
  }
}
