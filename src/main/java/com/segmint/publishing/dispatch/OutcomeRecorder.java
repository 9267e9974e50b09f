package com.segmint.publishing.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits what attempts did, several at once in one transaction and one round trip: posted; refused
 * for good ({@code auth}, {@code bad_request}) or out of attempts: failed; refused before
 * publishing ({@code rate_limited}, {@code transient}): scheduled again for later; maybe published
 * ({@code unknown_outcome}): unknown, for reconciliation. Every failure keeps its raw response in
 * the error table.
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
    recordAll(List.of(new Attempt(claim, null, null, outcome)), now);
  }

  /**
   * One transaction for all the attempts; an attempt whose claim was taken back meanwhile (its
   * lease ran out) leaves its post as recovery left it, except that a post found published is
   * posted.
   */
  void recordAll(List<Attempt> attempts, Instant now) {
    transactions.executeWithoutResult(
        status -> {
          outcomes.commitWithoutWaitingForTheDisk();
          List<Query> statements = new ArrayList<>();
          List<Integer> guards = new ArrayList<>();
          for (Attempt attempt : attempts) {
            statements.addAll(errorsOf(attempt.outcome(), attempt.claim()));
            guards.add(statements.size());
            statements.add(guarded(attempt.claim(), attempt.outcome(), now));
          }
          int[] changed = outcomes.apply(statements);
          for (int i = 0; i < attempts.size(); i++) {
            if (changed[guards.get(i)] == 0) {
              lateOutcome(attempts.get(i), now);
            }
          }
        });
  }

  /** A post that reconciliation found on the platform after its outcome was unknown. */
  boolean reconciled(Claim claim, PublishOutcome.Published published, Instant now) {
    return Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              boolean applied = outcomes.postedAfterRecovery(claim, published, now);
              if (applied && published.partialFailure() != null) {
                outcomes.apply(List.of(outcomes.error(claim, published.partialFailure())));
              }
              return applied;
            }));
  }

  private List<Query> errorsOf(PublishOutcome outcome, Claim claim) {
    PublishOutcome.Failed failure =
        outcome instanceof PublishOutcome.Published published
            ? published.partialFailure()
            : (PublishOutcome.Failed) outcome;
    return failure == null ? List.of() : List.of(outcomes.error(claim, failure));
  }

  /** The statement that ends the attempt, applied only while the claim still holds. */
  private Query guarded(Claim claim, PublishOutcome outcome, Instant now) {
    if (outcome instanceof PublishOutcome.Published published) {
      return outcomes.posted(claim, published, now);
    }
    PublishOutcome.Failed failed = (PublishOutcome.Failed) outcome;
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

  private void lateOutcome(Attempt attempt, Instant now) {
    if (attempt.outcome() instanceof PublishOutcome.Published published
        && outcomes.postedAfterRecovery(attempt.claim(), published, now)) {
      return;
    }
    log.warn(
        "Post {} attempt {} ended {} after its claim was taken back; the post keeps its state",
        attempt.claim().postId(),
        attempt.claim().attempt(),
        attempt.outcome());
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
