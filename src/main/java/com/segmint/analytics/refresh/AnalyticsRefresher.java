package com.segmint.analytics.refresh;

import static com.segmint.common.schema.Routines.refreshAnalytics;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import org.jooq.DSLContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Refreshes the materialized post statistics concurrently, so readers never wait for it. */
@Component
class AnalyticsRefresher {

  private final DSLContext db;
  private final TransactionTemplate transactions;

  AnalyticsRefresher(DSLContext db, TransactionTemplate transactions) {
    this.db = db;
    this.transactions = transactions;
  }

  @Scheduled(
      fixedDelayString = "${segmint.analytics.refresh-interval:5m}",
      initialDelayString = "${segmint.analytics.refresh-interval:5m}")
  void refresh() {
    DatabaseActors.runAs(
        DatabaseActor.system(),
        () -> transactions.executeWithoutResult(status -> refreshAnalytics(db.configuration())));
  }
}
