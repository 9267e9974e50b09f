package com.segmint.publishing.web;

import com.segmint.common.CursorPage;
import com.segmint.common.ETags;
import com.segmint.publishing.posts.PlatformPost;
import com.segmint.publishing.posts.PlatformPosts;
import com.segmint.publishing.posts.PostFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/platform-posts")
@Tag(name = "Platform posts", description = "Content scheduled to connected profiles")
class PlatformPostController {

  private final PlatformPosts posts;

  PlatformPostController(PlatformPosts posts) {
    this.posts = posts;
  }

  @GetMapping
  @Operation(summary = "My posts, by scheduled time then id, a page at a time")
  @ApiResponse(responseCode = "200", description = "A page; nextCursor is null on the last")
  @ApiResponse(
      responseCode = "400",
      description = "Unknown status, bad cursor or limit",
      content = @Content(mediaType = "application/problem+json"))
  CursorPage<PlatformPost> list(
      @Parameter(description = "draft, scheduled, publishing, posted, failed or unknown")
          @RequestParam(required = false)
          String status,
      @RequestParam(required = false) Integer contentId,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return posts.list(new PostFilter(status, contentId), cursor, limit);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One of my posts")
  @ApiResponse(responseCode = "200", description = "The post; ETag carries its version")
  @ApiResponse(
      responseCode = "404",
      description = "No such post, or not mine",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<PlatformPost> get(@PathVariable int id) {
    return ETags.ok(posts.find(id));
  }

  @PostMapping
  @Operation(
      summary = "Schedule a content to several profiles at once: all of them or none",
      description =
          "Each post is checked against its platform's rules first (X weighted length, LinkedIn"
              + " 3,000 escaped characters, Instagram caption, hashtags and media, YouTube title,"
              + " description and video). The time needs an offset, or a local time and an IANA"
              + " timeZone; it is stored and returned in UTC.")
  @ApiResponse(responseCode = "201", description = "The created posts, one per profile")
  @ApiResponse(
      responseCode = "400",
      description =
          "A field is invalid, e.g. a time without offset or zone, in the past, or skipped or"
              + " repeated by a DST change",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "The content or a media is not found or not mine",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "The content is already scheduled to a profile",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "422",
      description =
          "A post breaks its platform's rule (field and constraint name it), or a profile is"
              + " not mine or needs a reconnect",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<List<PlatformPost>> schedule(@Valid @RequestBody SchedulePostRequest request) {
    List<PlatformPost> created =
        posts.schedule(request.contentId(), request.scheduledAt(Instant.now()), request.drafts());
    return ResponseEntity.status(HttpStatus.CREATED).body(created);
  }

  @PatchMapping("/{id}")
  @Operation(
      summary = "Reschedule a draft or scheduled post; needs If-Match with its current ETag",
      description =
          "Changes its time (same forms as scheduling), its text (checked against its"
              + " platform's rules again) or its status: scheduled moves a draft back to the"
              + " queue, which needs its content approved; draft takes it out. Absent fields"
              + " stay as they are.")
  @ApiResponse(responseCode = "200", description = "The changed post; the new ETag is returned")
  @ApiResponse(
      responseCode = "400",
      description =
          "Nothing to change, a status other than draft or scheduled, a time without offset or"
              + " zone, in the past, or skipped or repeated by a DST change",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "403",
      description = "Visible to me (a reviewer) but not my content",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "No such post, or not mine",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "The post is publishing or done, or its content awaits approval",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "412",
      description = "If-Match names an old version",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "422",
      description = "The new text breaks its platform's rule (field and constraint name it)",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<PlatformPost> change(
      @PathVariable int id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ChangePostRequest request) {
    int version = ETags.versionOf(ifMatch);
    return ETags.ok(posts.change(id, version, request.toChange(Instant.now())));
  }

  @DeleteMapping("/{id}")
  @Operation(
      summary = "Cancel a draft or scheduled post",
      description =
          "The post is deleted (the audit trail keeps it), so the profile is free for this"
              + " content again; cancelling it a second time answers 404.")
  @ApiResponse(responseCode = "204", description = "Cancelled")
  @ApiResponse(
      responseCode = "403",
      description = "Visible to me (a reviewer) but not my content",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "No such post, or not mine",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "The post is publishing or done",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Void> cancel(@PathVariable int id) {
    posts.cancel(id);
    return ResponseEntity.noContent().build();
  }
}
