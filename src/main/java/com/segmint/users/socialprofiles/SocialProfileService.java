package com.segmint.users.socialprofiles;

import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.DataIntegrityViolation.Kind;
import com.segmint.users.NewSocialProfile;
import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfiles;
import com.segmint.users.TokenRefresh;
import com.segmint.users.TokenRefreshFailure;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class SocialProfileService implements SocialProfiles {

  private final SocialProfileRepository repository;
  private final TokenStorage storage;
  private final TokenRefresher refresher;
  private final TokenRefreshProperties refresh;
  private final TransactionTemplate transactions;

  SocialProfileService(
      SocialProfileRepository repository,
      TokenStorage storage,
      TokenRefresher refresher,
      TokenRefreshProperties refresh,
      TransactionTemplate transactions) {
    this.repository = repository;
    this.storage = storage;
    this.refresher = refresher;
    this.refresh = refresh;
    this.transactions = transactions;
  }

  @Override
  @Transactional
  public int connect(NewSocialProfile profile) {
    return storage.insert(profile);
  }

  @Override
  @Transactional
  public int connectOrReconnect(NewSocialProfile profile) {
    Optional<Integer> existing =
        repository.findLiveId(profile.userId(), profile.platform(), profile.handle());
    if (existing.isEmpty()) {
      return storage.insert(profile);
    }
    refreshTokens(
        existing.get(),
        new TokenRefresh(profile.accessToken(), profile.refreshToken(), profile.expiresAt()));
    return existing.get();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ProfileTokens> tokens(int profileId) {
    return repository.findLiveTokens(profileId).map(storage::decrypt);
  }

  @Override
  @Transactional
  public void refreshTokens(int profileId, TokenRefresh refresh) {
    if (!storage.replace(profileId, refresh)) {
      throw new DataIntegrityViolation(
          Kind.NOT_FOUND, null, "id", "social profile " + profileId + " not found", null);
    }
  }

  /**
   * Not transactional: the refresh commits (or rolls back) on its own before the tokens are read.
   * Tokens valid beyond the refresh margin are read at once, without the lock a refresh takes, so
   * publishes to one profile do not queue behind each other.
   */
  @Override
  public Optional<ProfileTokens> freshTokens(int profileId) {
    OffsetDateTime validAt = OffsetDateTime.now().plus(refresh.margin());
    Optional<ProfileTokens> valid =
        transactions.execute(
            status -> repository.findTokensValidAt(profileId, validAt).map(storage::decrypt));
    return valid.isPresent() ? valid : refreshedTokens(profileId);
  }

  private Optional<ProfileTokens> refreshedTokens(int profileId) {
    TokenRefresher.Outcome outcome = refresher.refresh(profileId, refresh.margin(), false);
    if (outcome == TokenRefresher.Outcome.LOCKED_OR_GONE) {
      return Optional.empty();
    }
    if (outcome == TokenRefresher.Outcome.RECONNECT_REQUIRED) {
      throw new TokenRefreshFailure(profileId, true);
    }
    Optional<ProfileTokens> tokens =
        transactions.execute(status -> repository.findLiveTokens(profileId).map(storage::decrypt));
    if (tokens.isPresent() && !tokens.get().expiresAt().isAfter(OffsetDateTime.now())) {
      throw new TokenRefreshFailure(profileId, outcome == TokenRefresher.Outcome.NO_REFRESH_TOKEN);
    }
    return tokens;
  }
}
