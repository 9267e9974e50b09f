package com.segmint.content.web;

import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

import com.segmint.common.CursorPage;
import com.segmint.content.search.ContentSearch;
import com.segmint.content.search.SearchHit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contents/search")
@Tag(name = "Contents")
class ContentSearchController {

  private final ContentSearch search;

  ContentSearchController(ContentSearch search) {
    this.search = search;
  }

  @GetMapping
  @Operation(
      summary = "Search the live content the caller may see, best match first",
      description =
          "Web-search syntax (`\"a phrase\"`, `or`, `-not`). The newest "
              + ContentSearch.RANKED_MATCHES
              + " matches come first, best first (`rank`, higher is better); the older matches of a"
              + " query that common follow, newest first. Each hit has a snippet of its body with"
              + " the matched words in `<mark>`. Keyset pagination: pass `nextCursor` as `cursor`.")
  @ApiResponse(responseCode = "200", description = "A page of hits")
  @ApiResponse(
      responseCode = "400",
      description = "`q` blank or over 200 characters, or a bad `cursor` or `limit` (`field`)",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  CursorPage<SearchHit> search(
      @Parameter(description = "what to look for, 1..200 characters")
          @RequestParam(required = false)
          String q,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return search.search(q, cursor, limit);
  }
}
