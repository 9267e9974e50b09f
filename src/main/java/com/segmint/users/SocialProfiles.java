package com.segmint.users;

import java.util.Optional;

/**
 * Connected social accounts and their tokens, which are stored encrypted and handed out decrypted
 * only through this interface. Every method acts for the current {@link
 * com.segmint.common.DatabaseActors actor}: row-level security shows a creator only their own
 * profiles.
 */
public interface SocialProfiles {

  /**
   * Stores a newly connected account; returns its id.
   *
   * @throws com.segmint.common.DataIntegrityViolation when the access token is blank, the platform
   *     is unknown, the handle is already connected, or the user is not the actor
   */
  int connect(NewSocialProfile profile);

  /**
   * Stores an account that came back through the OAuth callback: a new one like {@link #connect};
   * one the user already has (same platform and handle) gets the new tokens like {@link
   * #refreshTokens}, so a reconnect never wipes a stored refresh token with an empty one.
   */
  int connectOrReconnect(NewSocialProfile profile);

  /** The decrypted tokens of a live (not deleted) profile, for calling the platform's API. */
  Optional<ProfileTokens> tokens(int profileId);

  /**
   * Stores the tokens a platform returned on a refresh or a reconnect and clears {@code
   * needs_reconnect}. A refresh without a refresh token (null or blank) keeps the stored one:
   * platforms often send one only the first time.
   *
   * @throws com.segmint.common.DataIntegrityViolation of kind NOT_FOUND when the profile is not
   *     there or not visible
   */
  void refreshTokens(int profileId, TokenRefresh refresh);

  /**
   * The decrypted tokens of a live profile, refreshed at the platform first when they expire within
   * {@code segmint.oauth.refresh.margin}: for a caller about to use them (the dispatcher, just
   * before a publish). A refresh the platform refuses with {@code invalid_grant} marks the profile
   * {@code needs_reconnect} and publishes {@link SocialProfileNeedsReconnect}.
   *
   * @throws TokenRefreshFailure when the profile needs reconnecting, or its token has expired and
   *     the token endpoint is unavailable
   */
  Optional<ProfileTokens> freshTokens(int profileId);
}
