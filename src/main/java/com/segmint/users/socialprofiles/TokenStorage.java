package com.segmint.users.socialprofiles;

import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.DataIntegrityViolation.Kind;
import com.segmint.users.NewSocialProfile;
import com.segmint.users.ProfileTokens;
import com.segmint.users.TokenRefresh;
import org.springframework.stereotype.Component;

/**
 * Writes and reads a profile's tokens through the cipher: the one place that turns plaintext into
 * stored ciphertext and back, for the service and the refresher alike.
 */
@Component
class TokenStorage {

  private final SocialProfileRepository repository;
  private final TokenCipher cipher;

  TokenStorage(SocialProfileRepository repository, TokenCipher cipher) {
    this.repository = repository;
    this.cipher = cipher;
  }

  /**
   * The ciphertexts are bound to the row's id, which a plain INSERT learns only afterwards. So the
   * id is drawn from the sequence first and the row inserted once, complete: no placeholder token
   * ever reaches the table, its audit trail or a concurrent reader, and a failed insert costs only
   * a sequence value.
   */
  int insert(NewSocialProfile profile) {
    requireAccessToken(profile.accessToken());
    int id = repository.nextId();
    repository.insert(
        id,
        profile,
        cipher.encrypt(profile.accessToken(), TokenBinding.accessToken(id)),
        encryptRefreshToken(profile.refreshToken(), id));
    return id;
  }

  /**
   * Stores new tokens, keeping the stored refresh token when {@code refresh} brings none; returns
   * whether a live profile was there to update.
   */
  boolean replace(int profileId, TokenRefresh refresh) {
    requireAccessToken(refresh.accessToken());
    return repository.updateTokens(
        profileId,
        cipher.encrypt(refresh.accessToken(), TokenBinding.accessToken(profileId)),
        encryptRefreshToken(refresh.refreshToken(), profileId),
        refresh.expiresAt());
  }

  ProfileTokens decrypt(EncryptedTokens stored) {
    int id = stored.profileId();
    return new ProfileTokens(
        id,
        cipher.decrypt(stored.accessToken(), TokenBinding.accessToken(id)),
        stored.refreshToken() == null ? null : decryptRefreshToken(id, stored.refreshToken()),
        stored.expiresAt());
  }

  String decryptAccessToken(int profileId, String ciphertext) {
    return cipher.decrypt(ciphertext, TokenBinding.accessToken(profileId));
  }

  String decryptRefreshToken(int profileId, String ciphertext) {
    return cipher.decrypt(ciphertext, TokenBinding.refreshToken(profileId));
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
