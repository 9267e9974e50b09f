package com.segmint.content.web;

import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

import com.segmint.content.authoring.ContentDetails;
import com.segmint.content.authoring.ContentService;
import com.segmint.engine.DraftRequest;
import com.segmint.engine.DraftWriter;
import com.segmint.engine.PlatformDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The content is read in its own short transaction: none is held while a model writes. */
@RestController
@RequestMapping("/api/v1/contents/{id}/drafts")
@Tag(name = "Drafts", description = "A content written as a post ready for one platform")
class DraftController {

  private final ContentService contents;
  private final DraftWriter drafts;

  DraftController(ContentService contents, DraftWriter drafts) {
    this.contents = contents;
    this.drafts = drafts;
  }

  @PostMapping
  @Operation(
      summary =
          "Write a platform-ready draft of a content (its author or an admin); nothing is stored",
      description =
          "Within the platform's limits: X 280 weighted characters or a numbered thread, LinkedIn"
              + " 3,000 with reserved characters escaped, Instagram 2,200 with its hashtags,"
              + " YouTube title 100 and description 5,000 without `<` or `>`. Written by the LLM"
              + " when one is configured, by rules otherwise or when it fails: `writtenBy` says"
              + " which, `note` why.")
  @ApiResponse(responseCode = "200", description = "The draft")
  @ApiResponse(
      responseCode = "400",
      description =
          "Missing or unknown `platform`, an unusable `tone`, or a path id that is not"
              + " a number (`field`)",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "404",
      description = "No such live content the caller may change",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  PlatformDraft write(
      @PathVariable int id,
      @Parameter(description = "LinkedIn, Twitter (or X), Instagram or YouTube; any case")
          @RequestParam
          String platform,
      @Parameter(
              description =
                  "A catalogue tone (GET /api/v1/tones) or free text; default: the" + " content's")
          @RequestParam(required = false)
          String tone) {
    ContentDetails content = contents.getWritable(id);
    return drafts.write(
        new DraftRequest(content.title(), content.body(), content.tone(), platform, tone));
  }
}
