package com.segmint.analytics.web;

import com.segmint.analytics.stats.PostStatistics;
import com.segmint.analytics.stats.PostStats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "Statistics refreshed every few minutes")
class PostStatsController {

  private final PostStatistics statistics;

  PostStatsController(PostStatistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/post-stats")
  @Operation(
      summary = "My posts per platform and UTC month, by status (admins: everyone's)",
      description =
          "One row per platform and month, so a user's list grows by a few rows a month and is"
              + " not paginated; the figures are as of the last refresh.")
  @ApiResponse(responseCode = "200", description = "The statistics, newest month first")
  @ApiResponse(
      responseCode = "401",
      description = "No valid token",
      content = @Content(mediaType = "application/problem+json"))
  List<PostStats> postStats() {
    return statistics.visible();
  }
}
