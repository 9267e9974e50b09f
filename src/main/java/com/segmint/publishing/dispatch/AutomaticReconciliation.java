package com.segmint.publishing.dispatch;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the platform, where its API can tell, whether a post whose outcome is unknown did go out;
 * when it did, the post is posted. When the platform cannot tell, the post stays unknown for a
 * person to decide.
 */
@Component
class AutomaticReconciliation {

  private static final Logger log = LoggerFactory.getLogger(AutomaticReconciliation.class);

  private final OutcomeRecorder outcomes;

  AutomaticReconciliation(OutcomeRecorder outcomes) {
    this.outcomes = outcomes;
  }

  void reconcile(PlatformPublisher publisher, Claim claim, PublishRequest request, Instant now) {
    try {
      publisher
          .reconcile(request)
          .filter(found -> outcomes.reconciled(claim, found, now))
          .ifPresent(
              found -> log.info("Post {} was found on {}", claim.postId(), publisher.platform()));
    } catch (RuntimeException e) {
      log.warn("Reconciling post {} failed; it stays unknown", claim.postId(), e);
    }
  }
}
