package com.segmint.publishing.dispatch;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits what one attempt did, in one transaction: posted; refused for good ({@code auth}, {@code
 * bad_request}) or out of attempts: failed; refused before publishing ({@code rate_limited}, {@code
 * transient}): scheduled again for later; maybe published ({@code unknown_outcome}): unknown, for
 * reconciliation. Every failure keeps its raw response in the error table.
 */
@Component
class OutcomeRecorder {

  private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

  private final OutcomeRepository outcomes;
  private final RetryPolicy retries;
  private final TransactionTemplate transactions;

  OutcomeRecorder(
      OutcomeRepository outcomes, RetryPolicy retries, TransactionTemplate transactions) {
    this.outcomes = outcomes;
    this.retries = retries;
    this.transactions = transactions;
  }

  void record(Claim claim, PublishOutcome outcome, Instant now) {
    boolean applied =
        Boolean.TRUE.equals(
            transactions.execute(
                status -> {
                  outcomes.commitWithoutWaitingForTheDisk();
                  return outcome instanceof PublishOutcome.Published published
                      ? posted(claim, published, now)
                      : failed(claim, (PublishOutcome.Failed) outcome, now);
                }));
    if (!applied) {
      log.warn(
          "Post {} attempt {} ended {} after its claim was taken back; the post keeps its state",
          claim.postId(),
          claim.attempt(),
          outcome);
    }
  }

  /** A post that reconciliation found on the platform after its outcome was unknown. */
  boolean reconciled(Claim claim, PublishOutcome.Published published, Instant now) {
    return Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              boolean applied = outcomes.postedAfterRecovery(claim, published, now);
              if (applied && published.partialFailure() != null) {
                outcomes.recordError(claim, published.partialFailure());
              }
              return applied;
            }));
  }

  private boolean posted(Claim claim, PublishOutcome.Published published, Instant now) {
    if (published.partialFailure() != null) {
      outcomes.recordError(claim, published.partialFailure());
    }
    return outcomes.posted(claim, published, now)
        || outcomes.postedAfterRecovery(claim, published, now);
  }

  private boolean failed(Claim claim, PublishOutcome.Failed failed, Instant now) {
    outcomes.recordError(claim, failed);
    return switch (failed.kind()) {
      case auth, bad_request -> outcomes.failed(claim, failed);
      case unknown_outcome -> outcomes.unknown(claim, failed);
      case rate_limited, transient_ ->
          retries
              .nextAttempt(claim.attempt(), failed.retryAfter(), now)
              .map(next -> outcomes.retryAt(claim, failed, next))
              .orElseGet(() -> outcomes.failed(claim, gaveUp(failed, claim.attempt())));
    };
  }

  private static PublishOutcome.Failed gaveUp(PublishOutcome.Failed failed, int attempts) {
    return new PublishOutcome.Failed(
        failed.kind(),
        "Gave up after %d attempts: %s".formatted(attempts, failed.message()),
        failed.httpStatus(),
        failed.responseHeaders(),
        failed.responseBody(),
        failed.retryAfter());
  }
}
