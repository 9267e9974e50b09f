package com.segmint.users.web;

import com.segmint.users.KeyRotationResult;
import com.segmint.users.TokenKeyRotation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration")
class TokenKeyRotationController {

  private final TokenKeyRotation rotation;

  TokenKeyRotationController(TokenKeyRotation rotation) {
    this.rotation = rotation;
  }

  @PostMapping("/api/v1/admin/token-key-rotations")
  @PreAuthorize("hasRole('admin')")
  @Operation(summary = "Rotate the key that encrypts social profile tokens, re-encrypting them all")
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "403", content = @Content(mediaType = "application/problem+json"))
  KeyRotationResult rotate() {
    return rotation.rotate();
  }
}
