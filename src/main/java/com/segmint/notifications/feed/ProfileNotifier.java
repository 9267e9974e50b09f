package com.segmint.notifications.feed;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.users.SocialProfileExpiring;
import com.segmint.users.SocialProfileNeedsReconnect;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a creator when a connected account stops working or is about to: nothing publishes from it
 * until they connect it again.
 */
@Component
class ProfileNotifier {

  private final NotificationRepository notifications;
  private final TransactionTemplate transactions;

  ProfileNotifier(NotificationRepository notifications, TransactionTemplate transactions) {
    this.notifications = notifications;
    this.transactions = transactions;
  }

  /** One notification per profile and day: a redelivery after a crash repeats nothing. */
  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(SocialProfileNeedsReconnect lost) {
    record(
        lost.userId(),
        "social_profile_needs_reconnect",
        "Your %s account needs to be connected again: %s refused its refresh token, so nothing publishes from it until you do"
            .formatted(lost.platform().getLiteral(), lost.platform().getLiteral()),
        lost.profileId(),
        "social-profile-reconnect:%d:%s"
            .formatted(lost.profileId(), LocalDate.now(ZoneOffset.UTC)));
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(SocialProfileExpiring expiring) {
    record(
        expiring.userId(),
        "social_profile_expiring",
        "Your %s account's access expires at %s and %s gives no way to renew it: connect it again before then"
            .formatted(
                expiring.platform().getLiteral(),
                expiring.expiresAt(),
                expiring.platform().getLiteral()),
        expiring.profileId(),
        "social-profile-expiring:%d:%s".formatted(expiring.profileId(), expiring.expiresAt()));
  }

  private void record(int userId, String kind, String message, int profileId, String eventKey) {
    DatabaseActors.runAs(
        DatabaseActor.system(),
        () ->
            transactions.executeWithoutResult(
                status ->
                    notifications.insert(
                        userId, kind, message, "/api/v1/social-profiles/" + profileId, eventKey)));
  }
}
