package com.segmint.publishing.dispatch;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.PostErrorKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes due posts exactly once: claims a batch and commits the claim, calls the posts'
 * platforms side by side outside any transaction, then commits the outcomes while the claim still
 * holds, those that came back together in one transaction. It acts as the system, which row-level
 * security lets see and update every post.
 */
@Component
class PlatformPostDispatcher {

  private static final Logger log = LoggerFactory.getLogger(PlatformPostDispatcher.class);

  private final ClaimRepository claims;
  private final PublishRequests requests;
  private final PlatformPublishers publishers;
  private final PublishCalls calls;
  private final OutcomeRecorder outcomes;
  private final AutomaticReconciliation reconciler;
  private final TransactionTemplate transactions;
  private final DispatcherProperties properties;

  PlatformPostDispatcher(
      ClaimRepository claims,
      PublishRequests requests,
      PlatformPublishers publishers,
      PublishCalls calls,
      OutcomeRecorder outcomes,
      AutomaticReconciliation reconciler,
      TransactionTemplate transactions,
      DispatcherProperties properties) {
    this.claims = claims;
    this.requests = requests;
    this.publishers = publishers;
    this.calls = calls;
    this.outcomes = outcomes;
    this.reconciler = reconciler;
    this.transactions = transactions;
    this.properties = properties;
  }

  /**
   * One round for one worker: claims up to a batch of the posts due at {@code now} and publishes
   * them; returns how many it claimed. The times it records are the round's time plus the time the
   * round has taken so far: real time in service, and consistent with the time a test drives.
   */
  int dispatchDue(String worker, Instant now) {
    return DatabaseActors.callAs(
        DatabaseActor.system(),
        () -> {
          long started = System.nanoTime();
          List<DuePost> due = claimDue(worker, now);
          publishAll(due, () -> now.plusNanos(System.nanoTime() - started));
          return due.size();
        });
  }

  private List<DuePost> claimDue(String worker, Instant now) {
    return transactions.execute(
        status -> claims.claim(now, properties.batchSize(), worker, properties.lease()));
  }

  /**
   * Sends every sendable post at once and records the outcomes in waves: each wave is whatever came
   * back while the previous one was being written.
   */
  private void publishAll(List<DuePost> due, Supplier<Instant> clock) {
    RoundTokens tokens = requests.round();
    CompletionService<Attempt> round = calls.round();
    List<Attempt> unsendable = new ArrayList<>();
    int inFlight = 0;
    for (DuePost post : due) {
      PublishRequests.Prepared prepared = requests.prepare(post, tokens);
      Optional<PlatformPublisher> publisher = publishers.of(post.platform());
      if (prepared.failure() != null || publisher.isEmpty()) {
        unsendable.add(Attempt.notSent(post.claim(), notSendable(post, prepared)));
      } else {
        round.submit(() -> attempt(post.claim(), publisher.get(), prepared.request()));
        inFlight++;
      }
    }
    if (!unsendable.isEmpty()) {
      outcomes.recordAll(unsendable, clock.get());
    }
    for (InFlightCalls waiting = new InFlightCalls(round, inFlight); waiting.any(); ) {
      List<Attempt> wave = waiting.nextWave();
      outcomes.recordAll(wave, clock.get());
      wave.stream().filter(Attempt::unknown).forEach(attempt -> reconcile(attempt, clock.get()));
    }
  }

  private void reconcile(Attempt attempt, Instant now) {
    reconciler.reconcile(attempt.publisher(), attempt.claim(), attempt.request(), now);
  }

  private static PublishOutcome.Failed notSendable(
      DuePost post, PublishRequests.Prepared prepared) {
    return prepared.failure() != null
        ? prepared.failure()
        : PublishRequests.notSent(
            PostErrorKind.bad_request,
            "No publisher is configured for " + post.platform().getLiteral() + ".");
  }

  /**
   * A publisher must answer rather than throw; if one throws anyway, nobody knows whether the
   * request went out, so the outcome is unknown.
   */
  private static Attempt attempt(Claim claim, PlatformPublisher publisher, PublishRequest request) {
    PublishOutcome outcome;
    try {
      outcome = publisher.publish(request);
    } catch (RuntimeException e) {
      log.error("The {} publisher threw on post {}", publisher.platform(), request.postId(), e);
      outcome =
          new PublishOutcome.Failed(
              PostErrorKind.unknown_outcome,
              "The publisher failed unexpectedly: " + e.getClass().getSimpleName(),
              null,
              null,
              null,
              null);
    }
    return new Attempt(claim, publisher, request, outcome);
  }
}
