package com.segmint.analytics.stats;

import static com.segmint.common.schema.Tables.ANALYTICS_USER_POST_STATS;

import com.segmint.common.schema.tables.records.AnalyticsUserPostStatsRecord;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The statistics view, which shows the acting user's rows (admins: all). */
@Repository
class PostStatsRepository {

  private final DSLContext db;

  PostStatsRepository(DSLContext db) {
    this.db = db;
  }

  List<PostStats> visible() {
    var stats = ANALYTICS_USER_POST_STATS;
    return db.selectFrom(stats)
        .orderBy(stats.MONTH.desc(), stats.USER_KEY, stats.PLATFORM_ID)
        .fetch(PostStatsRepository::toStats);
  }

  private static PostStats toStats(AnalyticsUserPostStatsRecord row) {
    return new PostStats(
        row.getUserKey(),
        row.getPlatformId(),
        row.getMonth().toInstant(),
        row.getTotalPosts(),
        row.getPosted(),
        row.getScheduled(),
        row.getFailed(),
        row.getUnknown(),
        row.getLastPostedAt() == null ? null : row.getLastPostedAt().toInstant());
  }
}
