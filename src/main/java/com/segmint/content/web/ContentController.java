package com.segmint.content.web;

import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

import com.segmint.common.CursorPage;
import com.segmint.common.ETags;
import com.segmint.content.authoring.ContentDetails;
import com.segmint.content.authoring.ContentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contents")
@Tag(name = "Contents", description = "Write, read, update, trash and restore content")
@ApiResponse(
    responseCode = "400",
    description = "Invalid input: malformed JSON, a wrong type or a value out of bounds (`field`)",
    content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
class ContentController {

  private final ContentService contents;

  ContentController(ContentService contents) {
    this.contents = contents;
  }

  @PostMapping
  @Operation(summary = "Create a content authored by the caller")
  @ApiResponse(responseCode = "201", description = "Created; Location and ETag set")
  ResponseEntity<ContentDetails> create(@Valid @RequestBody ContentRequest request) {
    ContentDetails created = contents.create(request.toDraft());
    return ResponseEntity.created(URI.create("/api/v1/contents/" + created.id()))
        .eTag(ETags.of(created.version()))
        .body(created);
  }

  @GetMapping
  @Operation(
      summary = "List the caller's content, newest first",
      description =
          "Keyset pagination: pass `nextCursor` as `cursor`. `deleted=true` lists the trash.")
  @ApiResponse(responseCode = "200", description = "A page of content")
  CursorPage<ContentDetails> list(
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit,
      @RequestParam(defaultValue = "false") boolean deleted) {
    return contents.listOwn(deleted, cursor, limit);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a live content (the author's, or one the caller reviews)")
  @ApiResponse(responseCode = "200", description = "The content; ETag carries its version")
  @ApiResponse(
      responseCode = "404",
      description = "No such live content the caller may see",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  ResponseEntity<ContentDetails> get(@PathVariable int id) {
    return ETags.ok(contents.get(id));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace a content's text; needs If-Match with its current ETag")
  @ApiResponse(responseCode = "200", description = "Updated; the new ETag is returned")
  @ApiResponse(
      responseCode = "404",
      description = "No such live content the caller may change",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "412",
      description = "If-Match names an old version",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  ResponseEntity<ContentDetails> update(
      @PathVariable int id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ContentRequest request) {
    return ETags.ok(contents.update(id, ETags.versionOf(ifMatch), request.toDraft()));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Move a content to the trash; needs If-Match with its current ETag")
  @ApiResponse(responseCode = "204", description = "Trashed")
  @ApiResponse(
      responseCode = "404",
      description = "No such live content the caller may change",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "412",
      description = "If-Match names an old version",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  ResponseEntity<Void> delete(
      @PathVariable int id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    contents.delete(id, ETags.versionOf(ifMatch));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/restore")
  @Operation(summary = "Take a content out of the trash (a live one is returned unchanged)")
  @ApiResponse(responseCode = "200", description = "The live content; ETag carries its version")
  @ApiResponse(
      responseCode = "404",
      description = "No such content the caller may change",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  ResponseEntity<ContentDetails> restore(@PathVariable int id) {
    return ETags.ok(contents.restore(id));
  }
}
