package com.segmint.users.socialprofiles;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.users.SocialProfileExpiring;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps connected profiles usable without their owners: refreshes tokens before they expire, and
 * warns the owners of profiles that no refresh can renew. Runs as the system on every instance; row
 * locks and the atomic warning mark keep the instances from doing anything twice.
 */
@Component
class TokenRefreshJob {

  private static final Logger log = LoggerFactory.getLogger(TokenRefreshJob.class);

  private final TokenRefreshRepository repository;
  private final TokenRefresher refresher;
  private final TokenGrants grants;
  private final TokenRefreshProperties properties;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;

  TokenRefreshJob(
      TokenRefreshRepository repository,
      TokenRefresher refresher,
      TokenGrants grants,
      TokenRefreshProperties properties,
      ApplicationEventPublisher events,
      TransactionTemplate transactions) {
    this.repository = repository;
    this.refresher = refresher;
    this.grants = grants;
    this.properties = properties;
    this.events = events;
    this.transactions = transactions;
  }

  @Scheduled(
      fixedDelayString = "${segmint.oauth.refresh.interval:5m}",
      initialDelayString = "${segmint.oauth.refresh.interval:5m}")
  void run() {
    DatabaseActors.runAs(
        DatabaseActor.system(),
        () -> {
          refreshDue();
          warnExpiring();
        });
  }

  /** Returns how many profiles it refreshed. */
  int refreshDue() {
    List<Integer> due =
        transactions.execute(
            status -> repository.dueForRefresh(renewing(), properties.batchSize()));
    return (int)
        due.stream().filter(id -> refreshed(id) == TokenRefresher.Outcome.REFRESHED).count();
  }

  /** One profile's failure is logged and leaves the others of the batch to be refreshed. */
  private TokenRefresher.Outcome refreshed(int profileId) {
    try {
      return refresher.refresh(profileId, properties.ahead(), true);
    } catch (RuntimeException e) {
      log.error("Refreshing social profile {} failed", profileId, e);
      return TokenRefresher.Outcome.UNAVAILABLE;
    }
  }

  /** Returns the warnings it published. */
  List<SocialProfileExpiring> warnExpiring() {
    return transactions.execute(
        status -> {
          List<SocialProfileExpiring> expiring =
              repository.markExpiringUnwarned(
                  OffsetDateTime.now().plus(properties.expiryWarning()), renewing());
          expiring.forEach(events::publishEvent);
          return expiring;
        });
  }

  private RenewingPlatforms renewing() {
    OffsetDateTime now = OffsetDateTime.now();
    return new RenewingPlatforms(
        renewedBy(TokenGrants.Renewal.REFRESH_TOKEN),
        now.plus(properties.ahead()),
        renewedBy(TokenGrants.Renewal.ACCESS_TOKEN),
        now.plus(properties.longLivedAhead()));
  }

  private List<SocialPlatform> renewedBy(TokenGrants.Renewal renewal) {
    return Arrays.stream(SocialPlatform.values())
        .filter(platform -> grants.renewal(platform) == renewal)
        .toList();
  }
}
