package com.segmint.users.socialprofiles;

import com.segmint.users.SocialProfileNeedsReconnect;
import com.segmint.users.TokenRefresh;
import com.segmint.users.UnreadableTokenException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refreshes one profile's tokens at its platform, holding the profile's row lock across the call: a
 * rotated refresh token is used once, never by two refreshes at a time. A long-lived access token
 * that renews itself (Instagram's) is due {@code longLivedAhead} before its expiry, whatever the
 * caller's window. A revoked grant marks the profile and tells its owner; a failing endpoint rolls
 * back, so nothing stored changes.
 */
@Component
class TokenRefresher {

  enum Outcome {
    REFRESHED,
    NOT_DUE,
    NO_REFRESH_TOKEN,
    RECONNECT_REQUIRED,
    UNAVAILABLE,
    LOCKED_OR_GONE
  }

  private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);

  private final TokenRefreshRepository repository;
  private final TokenStorage storage;
  private final TokenGrants grants;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Duration longLivedAhead;

  TokenRefresher(
      TokenRefreshRepository repository,
      TokenStorage storage,
      TokenGrants grants,
      ApplicationEventPublisher events,
      TransactionTemplate transactions,
      TokenRefreshProperties properties) {
    this.repository = repository;
    this.storage = storage;
    this.grants = grants;
    this.events = events;
    this.transactions = transactions;
    this.longLivedAhead = properties.longLivedAhead();
  }

  /** Refreshes the profile's tokens if they expire within {@code within}, as the current actor. */
  Outcome refresh(int profileId, Duration within, boolean skipLocked) {
    return transactions.execute(
        status -> {
          Optional<RefreshCandidate> locked = repository.lock(profileId, skipLocked);
          return locked.isEmpty() ? Outcome.LOCKED_OR_GONE : refresh(locked.get(), within, status);
        });
  }

  private Outcome refresh(RefreshCandidate profile, Duration within, TransactionStatus status) {
    if (profile.needsReconnect()) {
      return Outcome.RECONNECT_REQUIRED;
    }
    TokenGrants.Renewal renewal = grants.renewal(profile.platform());
    if (profile.expiresAt().isAfter(OffsetDateTime.now().plus(window(renewal, within)))) {
      return Outcome.NOT_DUE;
    }
    if (renewal == TokenGrants.Renewal.NONE
        || renewal == TokenGrants.Renewal.REFRESH_TOKEN && profile.refreshToken() == null) {
      return Outcome.NO_REFRESH_TOKEN;
    }
    try {
      storage.replace(profile.profileId(), renewed(profile, renewal));
      return Outcome.REFRESHED;
    } catch (GrantRevoked | UnreadableTokenException lost) {
      return reconnectRequired(profile, lost);
    } catch (TokenEndpointUnavailable unavailable) {
      log.warn(
          "Refreshing social profile {} failed for now: {}",
          profile.profileId(),
          unavailable.getMessage());
      status.setRollbackOnly();
      return Outcome.UNAVAILABLE;
    }
  }

  private Outcome reconnectRequired(RefreshCandidate profile, RuntimeException lost) {
    log.info("Social profile {} needs reconnecting: {}", profile.profileId(), lost.getMessage());
    repository.markNeedsReconnect(profile.profileId());
    events.publishEvent(
        new SocialProfileNeedsReconnect(profile.profileId(), profile.userId(), profile.platform()));
    return Outcome.RECONNECT_REQUIRED;
  }

  private Duration window(TokenGrants.Renewal renewal, Duration within) {
    boolean longLived = renewal == TokenGrants.Renewal.ACCESS_TOKEN;
    return longLived && longLivedAhead.compareTo(within) > 0 ? longLivedAhead : within;
  }

  private TokenRefresh renewed(RefreshCandidate profile, TokenGrants.Renewal renewal) {
    int id = profile.profileId();
    if (renewal == TokenGrants.Renewal.ACCESS_TOKEN) {
      return grants.refreshAccessToken(
          profile.platform(), storage.decryptAccessToken(id, profile.accessToken()));
    }
    return grants.refresh(
        profile.platform(), storage.decryptRefreshToken(id, profile.refreshToken()));
  }
}
