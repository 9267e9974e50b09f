package com.segmint.users.oauth;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import java.time.OffsetDateTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes connects that expired a day ago or more; the day keeps a late callback answering
 * "expired" rather than "unknown state".
 */
@Component
class ExpiredAuthorizationCleanup {

  private final AuthorizationRepository authorizations;
  private final TransactionTemplate transactions;

  ExpiredAuthorizationCleanup(
      AuthorizationRepository authorizations, TransactionTemplate transactions) {
    this.authorizations = authorizations;
    this.transactions = transactions;
  }

  @Scheduled(fixedDelayString = "1h", initialDelayString = "1h")
  void deleteExpired() {
    DatabaseActors.runAs(
        DatabaseActor.system(),
        () ->
            transactions.executeWithoutResult(
                status -> authorizations.deleteExpiredBefore(OffsetDateTime.now().minusDays(1))));
  }
}
