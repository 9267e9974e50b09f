package com.segmint.publishing.dispatch;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes back the claims of workers that stopped while publishing (their lease ran out): such a
 * post's call may have reached the platform, so it becomes unknown, never scheduled again, unless
 * the platform's API answers that it did go out.
 */
@Component
class LeaseRecovery {

  private static final Logger log = LoggerFactory.getLogger(LeaseRecovery.class);
  private static final int BATCH = 500;

  private final ClaimRepository claims;
  private final PublishRequests requests;
  private final PlatformPublishers publishers;
  private final AutomaticReconciliation reconciler;
  private final TransactionTemplate transactions;
  private final DispatcherProperties properties;
  private final Clock clock = Clock.systemUTC();

  LeaseRecovery(
      ClaimRepository claims,
      PublishRequests requests,
      PlatformPublishers publishers,
      AutomaticReconciliation reconciler,
      TransactionTemplate transactions,
      DispatcherProperties properties) {
    this.claims = claims;
    this.requests = requests;
    this.publishers = publishers;
    this.reconciler = reconciler;
    this.transactions = transactions;
    this.properties = properties;
  }

  @Scheduled(
      fixedDelayString = "${segmint.dispatcher.recovery-interval:30s}",
      initialDelayString = "${segmint.dispatcher.recovery-interval:30s}")
  void recoverNow() {
    if (properties.enabled()) {
      recover(clock.instant());
    }
  }

  /** Recovers every claim whose lease ended before {@code now}; returns how many. */
  int recover(Instant now) {
    return DatabaseActors.callAs(
        DatabaseActor.system(),
        () -> {
          int recovered = 0;
          List<DuePost> batch;
          do {
            batch = transactions.execute(status -> claims.recoverExpiredLeases(now, BATCH));
            batch.forEach(post -> reconcile(post, now));
            recovered += batch.size();
          } while (batch.size() == BATCH);
          if (recovered > 0) {
            log.warn("{} posts whose publisher stopped mid-call are now unknown", recovered);
          }
          return recovered;
        });
  }

  private void reconcile(DuePost post, Instant now) {
    PublishRequests.Prepared prepared = requests.prepare(post);
    if (prepared.request() != null) {
      publishers
          .of(post.platform())
          .ifPresent(
              publisher -> reconciler.reconcile(publisher, post.claim(), prepared.request(), now));
    }
  }
}
