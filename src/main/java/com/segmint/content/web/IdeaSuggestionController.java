package com.segmint.content.web;

import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

import com.segmint.common.ETags;
import com.segmint.content.authoring.ContentDetails;
import com.segmint.content.ideas.GeneratedIdeas;
import com.segmint.content.ideas.IdeaSuggestionDetails;
import com.segmint.content.ideas.IdeaSuggestions;
import com.segmint.content.ideas.PersonalIdeas;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contents/{id}/ideas")
@Tag(name = "Idea suggestions", description = "A content's suggestions and their decisions")
@ApiResponse(
    responseCode = "400",
    description =
        "Malformed body, a field out of range, unknown `mode`, or a path id that is not a number"
            + " (`field`)",
    content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
@ApiResponse(
    responseCode = "401",
    description = "No valid bearer token",
    content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
@ApiResponse(
    responseCode = "404",
    description = "No such live content (or suggestion of it) the caller may see or decide",
    content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
class IdeaSuggestionController {

  private final IdeaSuggestions ideas;
  private final PersonalIdeas personal;

  IdeaSuggestionController(IdeaSuggestions ideas, PersonalIdeas personal) {
    this.ideas = ideas;
    this.personal = personal;
  }

  @PostMapping
  @Operation(
      summary = "Generate ideas for the content, scored for its creator (content owner only)",
      description =
          "Optional `topic`, `tone` (default: the content's), `platform`, `count` (1..20, default"
              + " 10). Uses the language model when one is configured, the built-in generator"
              + " otherwise; `generator` says which wrote them and `note` why the built-in one"
              + " stood in. Stored and answered best first; each has its `relevanceScore` (0..1).")
  @ApiResponse(responseCode = "201", description = "The new suggestions, best first")
  @ApiResponse(
      responseCode = "422",
      description = "A value the database cannot store (a NUL character)",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  ResponseEntity<GeneratedIdeas> generate(
      @PathVariable int id, @Valid @RequestBody(required = false) GenerateIdeasRequest request) {
    GenerateIdeasRequest asked =
        request == null ? new GenerateIdeasRequest(null, null, null, null) : request;
    return ResponseEntity.created(URI.create("/api/v1/contents/" + id + "/ideas"))
        .body(personal.generate(id, asked.toOptions()));
  }

  @PostMapping("/own")
  @Operation(
      summary = "Add the creator's own ideas, scored like generated ones (content owner only)",
      description =
          "1 to 50 texts of 1 to 500 characters, stored with `source` = `creator` and scored by the"
              + " same relevance scorer as generated ideas; answered best first.")
  @ApiResponse(responseCode = "201", description = "The stored ideas with their scores, best first")
  @ApiResponse(
      responseCode = "422",
      description = "A value the database cannot store (a NUL character)",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  ResponseEntity<List<IdeaSuggestionDetails>> addOwn(
      @PathVariable int id, @Valid @RequestBody OwnIdeasRequest request) {
    return ResponseEntity.created(URI.create("/api/v1/contents/" + id + "/ideas"))
        .body(personal.addOwn(id, request.ideas()));
  }

  @GetMapping
  @Operation(
      summary = "The content's suggestions, most relevant first (unscored last)",
      description = "Generated and the creator's own together, each with its `source`.")
  @ApiResponse(responseCode = "200", description = "The suggestions")
  List<IdeaSuggestionDetails> list(@PathVariable int id) {
    return ideas.bestFirst(id);
  }

  @PostMapping("/{ideaId}/accept")
  @Operation(
      summary = "Accept a suggestion (content owner only)",
      description =
          "`new-draft` starts a new content from it (201, Location); `extend` appends it to this"
              + " content's body as a new version (200). No If-Match needed.")
  @ApiResponse(responseCode = "200", description = "Extended: the content with its new ETag")
  @ApiResponse(responseCode = "201", description = "The new draft, with Location and ETag")
  @ApiResponse(
      responseCode = "409",
      description = "The suggestion was already accepted or dismissed",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  ResponseEntity<ContentDetails> accept(
      @PathVariable int id,
      @PathVariable int ideaId,
      @Valid @RequestBody AcceptIdeaRequest request) {
    return switch (request.mode()) {
      case NEW_DRAFT -> {
        ContentDetails draft = ideas.acceptAsNewDraft(id, ideaId);
        yield ResponseEntity.created(URI.create("/api/v1/contents/" + draft.id()))
            .eTag(ETags.of(draft.version()))
            .body(draft);
      }
      case EXTEND -> {
        ContentDetails extended = ideas.acceptIntoContent(id, ideaId);
        yield ResponseEntity.ok().eTag(ETags.of(extended.version())).body(extended);
      }
    };
  }

  @PostMapping("/{ideaId}/dismiss")
  @Operation(summary = "Dismiss a suggestion (content owner only)")
  @ApiResponse(responseCode = "200", description = "The dismissed suggestion")
  @ApiResponse(
      responseCode = "409",
      description = "The suggestion was already accepted or dismissed",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  IdeaSuggestionDetails dismiss(@PathVariable int id, @PathVariable int ideaId) {
    return ideas.dismiss(id, ideaId);
  }
}
