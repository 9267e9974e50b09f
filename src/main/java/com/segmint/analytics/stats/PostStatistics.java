package com.segmint.analytics.stats;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The post statistics the acting user may see, newest month first. */
@Service
public class PostStatistics {

  private final PostStatsRepository stats;

  PostStatistics(PostStatsRepository stats) {
    this.stats = stats;
  }

  @Transactional(readOnly = true)
  public List<PostStats> visible() {
    return stats.visible();
  }
}
