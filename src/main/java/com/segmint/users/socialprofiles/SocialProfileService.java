package com.segmint.users.socialprofiles;

import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.DataIntegrityViolation.Kind;
import com.segmint.users.NewSocialProfile;
import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfiles;
import com.segmint.users.TokenRefresh;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SocialProfileService implements SocialProfiles {

  private final SocialProfileRepository repository;
  private final TokenCipher cipher;

  SocialProfileService(SocialProfileRepository repository, TokenCipher cipher) {
    this.repository = repository;
    this.cipher = cipher;
  }

  /**
   * The ciphertexts are bound to the row's id, which a plain INSERT learns only afterwards. So the
   * id is drawn from the sequence first and the row inserted once, complete: no placeholder token
   * ever reaches the table, its audit trail or a concurrent reader, and a failed insert costs only
   * a sequence value.
   */
  @Override
  @Transactional
  public int connect(NewSocialProfile profile) {
    requireAccessToken(profile.accessToken());
    int id = repository.nextId();
    repository.insert(
        id,
        profile,
        cipher.encrypt(profile.accessToken(), TokenBinding.accessToken(id)),
        encryptRefreshToken(profile.refreshToken(), id));
    return id;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ProfileTokens> tokens(int profileId) {
    return repository
        .findLiveTokens(profileId)
        .map(
            stored ->
                new ProfileTokens(
                    profileId,
                    cipher.decrypt(stored.accessToken(), TokenBinding.accessToken(profileId)),
                    stored.refreshToken() == null
                        ? null
                        : cipher.decrypt(
                            stored.refreshToken(), TokenBinding.refreshToken(profileId)),
                    stored.expiresAt()));
  }

  @Override
  @Transactional
  public void refreshTokens(int profileId, TokenRefresh refresh) {
    requireAccessToken(refresh.accessToken());
    boolean updated =
        repository.updateTokens(
            profileId,
            cipher.encrypt(refresh.accessToken(), TokenBinding.accessToken(profileId)),
            encryptRefreshToken(refresh.refreshToken(), profileId),
            refresh.expiresAt());
    if (!updated) {
      throw new DataIntegrityViolation(
          Kind.NOT_FOUND, null, "id", "social profile " + profileId + " not found", null);
    }
  }

  /** Null for a missing or blank token: the table keeps NULL for "none", never ''. */
  private String encryptRefreshToken(String refreshToken, int profileId) {
    if (refreshToken == null || refreshToken.isBlank()) {
      return null;
    }
    return cipher.encrypt(refreshToken, TokenBinding.refreshToken(profileId));
  }

  /** The table's check against empty tokens cannot see through the encryption, so it is here. */
  private static void requireAccessToken(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      throw new DataIntegrityViolation(
          Kind.INVALID_VALUE,
          "social_profile_access_token_check",
          "access_token",
          "the access token is empty",
          null);
    }
  }
}
