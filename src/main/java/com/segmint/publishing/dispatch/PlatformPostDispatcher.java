package com.segmint.publishing.dispatch;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.PostErrorKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes due posts exactly once: claims a batch and commits the claim, calls each post's
 * platform outside any transaction, then commits each outcome while the claim still holds. It acts
 * as the system, which row-level security lets see and update every post.
 */
@Component
class PlatformPostDispatcher {

  private static final Logger log = LoggerFactory.getLogger(PlatformPostDispatcher.class);

  private final ClaimRepository claims;
  private final PublishRequests requests;
  private final PlatformPublishers publishers;
  private final OutcomeRecorder outcomes;
  private final AutomaticReconciliation reconciler;
  private final TransactionTemplate transactions;
  private final DispatcherProperties properties;

  PlatformPostDispatcher(
      ClaimRepository claims,
      PublishRequests requests,
      PlatformPublishers publishers,
      OutcomeRecorder outcomes,
      AutomaticReconciliation reconciler,
      TransactionTemplate transactions,
      DispatcherProperties properties) {
    this.claims = claims;
    this.requests = requests;
    this.publishers = publishers;
    this.outcomes = outcomes;
    this.reconciler = reconciler;
    this.transactions = transactions;
    this.properties = properties;
  }

  /**
   * One round for one worker: claims up to a batch of the posts due at {@code now} and publishes
   * them; returns how many it claimed.
   */
  int dispatchDue(String worker, Instant now) {
    return DatabaseActors.callAs(
        DatabaseActor.system(),
        () -> {
          long started = System.nanoTime();
          List<DuePost> due = claimDue(worker, now);
          RoundTokens tokens = requests.round();
          for (DuePost post : due) {
            publish(post, tokens, now.plusNanos(System.nanoTime() - started));
          }
          return due.size();
        });
  }

  private List<DuePost> claimDue(String worker, Instant now) {
    return transactions.execute(
        status ->
            claims.load(claims.claim(now, properties.batchSize(), worker, properties.lease())));
  }

  /**
   * {@code now} is the round's time plus the time the round has taken so far: real time in service,
   * and consistent with the time a test drives.
   */
  private void publish(DuePost post, RoundTokens tokens, Instant now) {
    PublishRequests.Prepared prepared = requests.prepare(post, tokens);
    Optional<PlatformPublisher> publisher = publishers.of(post.platform());
    if (prepared.failure() != null || publisher.isEmpty()) {
      outcomes.record(post.claim(), notSendable(post, prepared), now);
      return;
    }
    PublishOutcome outcome = call(publisher.get(), prepared.request());
    outcomes.record(post.claim(), outcome, now);
    if (outcome instanceof PublishOutcome.Failed failed
        && failed.kind() == PostErrorKind.unknown_outcome) {
      reconciler.reconcile(publisher.get(), post.claim(), prepared.request(), now);
    }
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
  private static PublishOutcome call(PlatformPublisher publisher, PublishRequest request) {
    try {
      return publisher.publish(request);
    } catch (RuntimeException e) {
      log.error("The {} publisher threw on post {}", publisher.platform(), request.postId(), e);
      return new PublishOutcome.Failed(
          PostErrorKind.unknown_outcome,
          "The publisher failed unexpectedly: " + e.getClass().getSimpleName(),
          null,
          null,
          null,
          null);
    }
  }
}
