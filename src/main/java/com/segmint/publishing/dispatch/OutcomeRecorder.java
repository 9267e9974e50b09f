package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.PostStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits what attempts did, several at once in one transaction and one statement: posted; refused
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

  /**
   * One transaction and one statement for all the attempts; an attempt whose claim was taken back
   * meanwhile (its lease ran out) leaves its post as recovery left it, except that a post found
   * published is posted.
   */
  void recordAll(List<Attempt> attempts, Instant now) {
    List<OutcomeRepository.Ending> endings = new ArrayList<>();
    List<OutcomeRepository.Failure> failures = new ArrayList<>();
    for (Attempt attempt : attempts) {
      endings.add(ending(attempt.claim(), attempt.outcome(), now));
      failureOf(attempt.outcome())
          .ifPresent(
              failed -> failures.add(new OutcomeRepository.Failure(attempt.claim(), failed)));
    }
    Set<Integer> applied =
        transactions.execute(
            status -> {
              outcomes.commitWithoutWaitingForTheDisk();
              return outcomes.record(endings, failures);
            });
    attempts.stream()
        .filter(attempt -> !applied.contains(attempt.claim().postId()))
        .forEach(
            attempt ->
                log.warn(
                    "Post {} attempt {} ended {} after its claim was taken back; the post keeps"
                        + " its state",
                    attempt.claim().postId(),
                    attempt.claim().attempt(),
                    attempt.outcome()));
  }

  /** A post that reconciliation found on the platform after its outcome was unknown. */
  boolean reconciled(Claim claim, PublishOutcome.Published published, Instant now) {
    List<OutcomeRepository.Failure> partial =
        failureOf(published).map(failed -> new OutcomeRepository.Failure(claim, failed)).stream()
            .toList();
    Set<Integer> applied =
        transactions.execute(
            status ->
                outcomes.record(
                    List.of(OutcomeRepository.Ending.posted(claim, published, now)), partial));
    return applied.contains(claim.postId());
  }

  /** The failure for the error table: the attempt's, or a partly published thread's. */
  private static Optional<PublishOutcome.Failed> failureOf(PublishOutcome outcome) {
    return outcome instanceof PublishOutcome.Published published
        ? Optional.ofNullable(published.partialFailure())
        : Optional.of((PublishOutcome.Failed) outcome);
  }

  private OutcomeRepository.Ending ending(Claim claim, PublishOutcome outcome, Instant now) {
    if (outcome instanceof PublishOutcome.Published published) {
      return OutcomeRepository.Ending.posted(claim, published, now);
    }
    PublishOutcome.Failed failed = (PublishOutcome.Failed) outcome;
    return switch (failed.kind()) {
      case auth, bad_request -> OutcomeRepository.Ending.ended(claim, PostStatus.failed, failed);
      case unknown_outcome -> OutcomeRepository.Ending.ended(claim, PostStatus.unknown, failed);
      case rate_limited, transient_ ->
          retries
              .nextAttempt(claim.attempt(), failed.retryAfter(), now)
              .map(next -> OutcomeRepository.Ending.retryAt(claim, failed, next))
              .orElseGet(
                  () ->
                      OutcomeRepository.Ending.ended(
                          claim, PostStatus.failed, gaveUp(failed, claim.attempt())));
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
