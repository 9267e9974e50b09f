package com.segmint.publishing.web;

import com.segmint.common.ETags;
import com.segmint.publishing.platforms.Platform;
import com.segmint.publishing.platforms.PlatformCatalog;
import com.segmint.publishing.platforms.PlatformDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/platforms")
@Tag(name = "Platforms", description = "The catalog of social platforms; admins maintain it")
class PlatformController {

  private final PlatformCatalog catalog;

  PlatformController(PlatformCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  @Operation(summary = "Every platform of the catalog (at most one per code, so not paginated)")
  @ApiResponse(responseCode = "200", description = "The catalog")
  List<Platform> list() {
    return catalog.all();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One platform, with its ETag")
  @ApiResponse(responseCode = "200", description = "The platform")
  @ApiResponse(
      responseCode = "404",
      description = "No such platform",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Platform> get(@PathVariable int id) {
    return withETag(ResponseEntity.ok(), catalog.find(id));
  }

  @PostMapping
  @PreAuthorize("hasRole('admin')")
  @Operation(summary = "Add a platform (admins)")
  @ApiResponse(responseCode = "201", description = "Created")
  @ApiResponse(
      responseCode = "400",
      description = "A field is invalid",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "403",
      description = "Not an admin",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "Name or code already in the catalog",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Platform> create(@Valid @RequestBody PlatformDetails details) {
    Platform platform = catalog.create(details);
    return withETag(
        ResponseEntity.created(URI.create("/api/v1/platforms/" + platform.id())), platform);
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('admin')")
  @Operation(summary = "Replace a platform (admins); If-Match must carry its current ETag")
  @ApiResponse(responseCode = "200", description = "Updated")
  @ApiResponse(
      responseCode = "400",
      description = "A field is invalid",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "403",
      description = "Not an admin",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "No such platform",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "Name or code taken, or the code is used by profiles",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "412",
      description = "The ETag is stale",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Platform> update(
      @PathVariable int id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody PlatformDetails details) {
    return withETag(ResponseEntity.ok(), catalog.update(id, ETags.versionOf(ifMatch), details));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize("hasRole('admin')")
  @Operation(summary = "Remove a platform that no profile or post uses (admins)")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiResponse(
      responseCode = "403",
      description = "Not an admin",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "No such platform",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "Profiles or posts use it",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Void> delete(@PathVariable int id) {
    catalog.delete(id);
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<Platform> withETag(
      ResponseEntity.BodyBuilder response, Platform platform) {
    return response.eTag(ETags.of(platform.version())).body(platform);
  }
}
