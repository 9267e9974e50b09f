package com.segmint.users.login;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username (or email) and password and starts a session. Unknown users cost a password
 * check too, so neither the answer nor its timing tells whether an account exists.
 */
@Service
public class Login {

  private final CredentialRepository credentials;
  private final PasswordEncoder passwords;
  private final LoginAttempts attempts;
  private final RefreshTokens refreshTokens;
  private final TransactionTemplate transactions;
  private volatile String unknownUserHash;

  Login(
      CredentialRepository credentials,
      PasswordEncoder passwords,
      LoginAttempts attempts,
      RefreshTokens refreshTokens,
      TransactionTemplate transactions) {
    this.credentials = credentials;
    this.passwords = passwords;
    this.attempts = attempts;
    this.refreshTokens = refreshTokens;
    this.transactions = transactions;
  }

  /**
   * Hashes the stand-in password for unknown users once the service is ready, off the start-up path
   * (an Argon2 hash takes a while): the first login of an unknown user need not pay for it.
   */
  @EventListener(ApplicationReadyEvent.class)
  void prepareWhenReady() {
    Thread hashing = new Thread(this::unknownUserHash, "login-unknown-user-hash");
    hashing.setDaemon(true);
    hashing.start();
  }

  /**
   * @throws TooManyLoginAttempts when the account or the client address failed too often lately
   * @throws InvalidCredentials when no live account has this username (or email) and password
   */
  public IssuedTokens login(String identifier, String password, String clientAddress) {
    Optional<Credential> credential =
        DatabaseActors.callAs(
            DatabaseActor.system(),
            () -> transactions.execute(status -> credentials.findLive(identifier)));
    String account =
        credential
            .map(found -> "user:" + found.userId())
            .orElse("name:" + identifier.toLowerCase(Locale.ROOT));
    attempts.checkAllowed(account, clientAddress);
    if (!passwordMatches(credential, password)) {
      attempts.failed(account, clientAddress);
      throw InvalidCredentials.login();
    }
    attempts.succeeded(account);
    Credential user = credential.get();
    return refreshTokens.startSession(user.userId(), user.role());
  }

  private boolean passwordMatches(Optional<Credential> credential, String password) {
    String hash = credential.map(Credential::passwordHash).orElseGet(this::unknownUserHash);
    boolean matches = passwords.matches(password, hash);
    return credential.isPresent() && matches;
  }

  private String unknownUserHash() {
    String hash = unknownUserHash;
    if (hash == null) {
      synchronized (this) {
        if (unknownUserHash == null) {
          unknownUserHash = passwords.encode(UUID.randomUUID().toString());
        }
        hash = unknownUserHash;
      }
    }
    return hash;
  }
}
