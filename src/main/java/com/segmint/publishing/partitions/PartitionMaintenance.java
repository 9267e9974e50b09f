package com.segmint.publishing.partitions;

import static com.segmint.common.schema.Routines.detachPlatformPostPartitions;
import static com.segmint.common.schema.Routines.ensurePlatformPostPartitions;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates platform_post's partitions ahead of time, at start and daily, so rows never pile up in
 * the default partition; detaches months past the retention when one is set.
 */
@Component
class PartitionMaintenance {

  private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);

  private final DSLContext db;
  private final TransactionTemplate transactions;
  private final PartitionProperties properties;

  PartitionMaintenance(
      DSLContext db, TransactionTemplate transactions, PartitionProperties properties) {
    this.db = db;
    this.transactions = transactions;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    maintain();
  }

  @Scheduled(cron = "${segmint.partitions.cron:0 15 3 * * *}", zone = "UTC")
  void maintain() {
    DatabaseActors.runAs(
        DatabaseActor.system(),
        () ->
            transactions.executeWithoutResult(
                status -> {
                  Integer created =
                      ensurePlatformPostPartitions(db.configuration(), properties.monthsAhead());
                  int detached =
                      properties.retentionMonths() > 0
                          ? detachPlatformPostPartitions(
                              db.configuration(), properties.retentionMonths())
                          : 0;
                  if (created > 0 || detached > 0) {
                    log.info(
                        "platform_post partitions: {} created, {} detached", created, detached);
                  }
                }));
  }
}
