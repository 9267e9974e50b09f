package com.segmint.users.login;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.AccessTokenIssuer.IssuedAccessToken;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions as families of rotating refresh tokens. A token is random (256 bits), handed out once
 * and stored only as its SHA-256 hash. Each refresh uses the presented token up and issues the next
 * one of its family; presenting a used token again means it was copied, so the whole family is
 * revoked.
 *
 * <p>Refresh and logout act as the system: the token is the only proof of who calls, and its row
 * must be found by its hash before anyone knows whose it is.
 */
@Service
public class RefreshTokens {

  private static final int TOKEN_BYTES = 32;

  private final RefreshTokenRepository tokens;
  private final AccessTokenIssuer accessTokens;
  private final LoginProperties properties;
  private final TransactionTemplate transactions;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock = Clock.systemUTC();

  RefreshTokens(
      RefreshTokenRepository tokens,
      AccessTokenIssuer accessTokens,
      LoginProperties properties,
      TransactionTemplate transactions) {
    this.tokens = tokens;
    this.accessTokens = accessTokens;
    this.properties = properties;
    this.transactions = transactions;
  }

  /** Starts a new session (a new token family) for a user who just proved who they are. */
  IssuedTokens startSession(int userId, String role) {
    String refreshToken = asSystem(() -> issue(userId, UUID.randomUUID()));
    return withAccessToken(userId, role, refreshToken);
  }

  /**
   * @throws InvalidCredentials when the token is unknown, expired, revoked, already used (which
   *     revokes its family) or its user deleted
   */
  public IssuedTokens rotate(String refreshToken) {
    byte[] hash = hash(refreshToken);
    Optional<Rotated> rotated = asSystem(() -> rotateStored(hash));
    return rotated
        .map(next -> withAccessToken(next.userId(), next.role(), next.refreshToken()))
        .orElseThrow(InvalidCredentials::refreshToken);
  }

  /** Ends the session the token belongs to; an unknown token ends nothing. */
  public void revokeFamilyOf(String refreshToken) {
    byte[] hash = hash(refreshToken);
    asSystem(
        () -> {
          tokens.familyOf(hash).ifPresent(tokens::revokeFamily);
          return null;
        });
  }

  /** Ends every session of the user, within the caller's transaction. */
  public void revokeAllOf(int userId) {
    tokens.revokeAllOf(userId);
  }

  private Optional<Rotated> rotateStored(byte[] hash) {
    Optional<StoredRefreshToken> found = tokens.lockByHash(hash);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredRefreshToken presented = found.get();
    if (presented.used()) {
      tokens.revokeFamily(presented.familyId());
      return Optional.empty();
    }
    if (!presented.isUsableAt(clock.instant())) {
      return Optional.empty();
    }
    tokens.markUsed(presented.id());
    String next = issue(presented.userId(), presented.familyId());
    return Optional.of(new Rotated(presented.userId(), presented.role(), next));
  }

  private String issue(int userId, UUID familyId) {
    byte[] secret = new byte[TOKEN_BYTES];
    random.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant expiresAt = clock.instant().plus(properties.refreshTokenTtl());
    tokens.insert(userId, familyId, hash(token), expiresAt);
    return token;
  }

  private IssuedTokens withAccessToken(int userId, String role, String refreshToken) {
    IssuedAccessToken access = accessTokens.issue(userId, role);
    return new IssuedTokens(access.token(), access.expiresAt(), refreshToken);
  }

  private <T> T asSystem(Supplier<T> work) {
    return DatabaseActors.callAs(
        DatabaseActor.system(), () -> transactions.execute(status -> work.get()));
  }

  private static byte[] hash(String token) {
    return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
  }

  private record Rotated(int userId, String role, String refreshToken) {}
}
