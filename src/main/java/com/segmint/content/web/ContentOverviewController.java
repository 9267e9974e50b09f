package com.segmint.content.web;

import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

import com.segmint.common.CursorPage;
import com.segmint.content.overview.ContentOverview;
import com.segmint.content.overview.ContentPost;
import com.segmint.content.overview.LatestOnPlatform;
import com.segmint.content.overview.RecentContent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contents")
@Tag(name = "Contents")
@ApiResponse(
    responseCode = "400",
    description = "A parameter or path id of the wrong type or out of bounds (`field`)",
    content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
class ContentOverviewController {

  private final ContentOverview overview;

  ContentOverviewController(ContentOverview overview) {
    this.overview = overview;
  }

  @GetMapping("/recent")
  @Operation(
      summary = "The caller's live content of the last `days` days (1..366), newest first",
      description = "Keyset pagination: pass `nextCursor` as `cursor`.")
  @ApiResponse(responseCode = "200", description = "A page of recent content, without bodies")
  CursorPage<RecentContent> recent(
      @RequestParam(defaultValue = "30") int days,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return overview.recent(days, cursor, limit);
  }

  @GetMapping("/latest-per-platform")
  @Operation(summary = "For each platform, the caller's newest content scheduled to it")
  @ApiResponse(responseCode = "200", description = "At most one entry per platform")
  List<LatestOnPlatform> latestPerPlatform() {
    return overview.latestPerPlatform();
  }

  @GetMapping("/{id}/posts")
  @Operation(summary = "A content's platform posts: platform, status, time, published URL")
  @ApiResponse(responseCode = "200", description = "The posts, in the order they are due")
  @ApiResponse(
      responseCode = "404",
      description = "No such live content the caller may see",
      content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE))
  List<ContentPost> posts(@PathVariable int id) {
    return overview.postsOf(id);
  }
}
