package com.segmint.content.web;

import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

import com.segmint.content.similar.SimilarContent;
import com.segmint.content.similar.SimilarContentHit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contents")
class SimilarContentController {

  private final SimilarContent similar;

  SimilarContentController(SimilarContent similar) {
    this.similar = similar;
  }

  @GetMapping("/api/v1/contents/{id}/similar")
  @Operation(
      summary = "More like this: the caller's own contents closest in meaning to this one",
      description =
          "Ranked by the cosine similarity of in-process sentence embeddings (0..1, two"
              + " decimals), closest first; `limit` is 1..50 (default 10).")
  @ApiResponse(responseCode = "200", description = "The closest contents")
  @ApiResponse(
      responseCode = "400",
      description = "A `limit` out of range or an id that is not a number (`field`)",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "404",
      description = "No such live content the caller may see",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  List<SimilarContentHit> similar(
      @PathVariable int id, @RequestParam(defaultValue = "10") int limit) {
    return similar.closestTo(id, limit);
  }
}
