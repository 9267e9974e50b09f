package com.segmint.users.oauth;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.InvalidRequest;
import com.segmint.users.NewSocialProfile;
import com.segmint.users.SocialProfileSummary;
import com.segmint.users.SocialProfiles;
import com.segmint.users.TokenRefresh;
import com.segmint.users.socialprofiles.CodeVerifierCipher;
import com.segmint.users.socialprofiles.GrantRevoked;
import com.segmint.users.socialprofiles.SocialProfileDirectory;
import java.net.URI;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Connecting an account with OAuth 2.0 authorization code and PKCE (S256). {@link #start} keeps a
 * one-time state (hashed) and the code_verifier (encrypted) server-side; {@link #complete} redeems
 * the state once, exchanges the code with the verifier, asks the platform whose account it is and
 * stores the tokens for the user who started.
 */
@Service
public class ConnectFlow {

  private final OAuthPlatforms platforms;
  private final OAuthProperties properties;
  private final AuthorizationRepository authorizations;
  private final CodeVerifierCipher verifiers;
  private final TokenEndpoint tokenEndpoint;
  private final LongLivedTokens longLivedTokens;
  private final IdentityEndpoint identityEndpoint;
  private final SocialProfiles profiles;
  private final SocialProfileDirectory directory;
  private final TransactionTemplate transactions;

  ConnectFlow(
      OAuthPlatforms platforms,
      OAuthProperties properties,
      AuthorizationRepository authorizations,
      CodeVerifierCipher verifiers,
      TokenEndpoint tokenEndpoint,
      LongLivedTokens longLivedTokens,
      IdentityEndpoint identityEndpoint,
      SocialProfiles profiles,
      SocialProfileDirectory directory,
      TransactionTemplate transactions) {
    this.platforms = platforms;
    this.properties = properties;
    this.authorizations = authorizations;
    this.verifiers = verifiers;
    this.tokenEndpoint = tokenEndpoint;
    this.longLivedTokens = longLivedTokens;
    this.identityEndpoint = identityEndpoint;
    this.profiles = profiles;
    this.directory = directory;
    this.transactions = transactions;
  }

  /** Starts a connect for the acting user. */
  public ConnectStart start(String platformName) {
    ConnectablePlatform platform = platforms.resolve(platformName);
    int userId = DatabaseActors.current().orElseThrow().userId();
    String state = Pkce.randomToken();
    String verifier = Pkce.randomToken();
    byte[] stateHash = Pkce.sha256(state);
    OffsetDateTime expiresAt = OffsetDateTime.now().plus(properties.authorizationTtl());
    transactions.executeWithoutResult(
        status ->
            authorizations.insert(
                userId,
                platform.platform(),
                stateHash,
                verifiers.encrypt(verifier, stateHash),
                expiresAt));
    return new ConnectStart(authorizationUrl(platform, state, Pkce.challenge(verifier)), expiresAt);
  }

  /**
   * Finishes a connect; the caller is whoever holds the state, not a bearer token.
   *
   * @throws InvalidRequest naming {@code state}, {@code error} or {@code code}
   * @throws com.segmint.users.socialprofiles.TokenEndpointUnavailable when the platform fails
   */
  public SocialProfileSummary complete(String platformName, ConnectCallback callback) {
    ConnectablePlatform platform = platforms.resolve(platformName);
    PendingAuthorization pending = redeem(platform, callback.state());
    if (callback.error() != null) {
      throw new InvalidRequest(
          "error", "The account owner did not grant access (" + callback.error() + ")");
    }
    if (callback.code() == null || callback.code().isBlank()) {
      throw new InvalidRequest("code", "the authorization code is missing");
    }
    String verifier =
        verifiers
            .decrypt(pending.codeVerifier(), Pkce.sha256(callback.state()))
            .orElseThrow(() -> new InvalidRequest("state", "the state cannot be redeemed"));
    TokenRefresh tokens = exchange(platform, callback.code(), verifier);
    return store(pending.userId(), platform, tokens);
  }

  /** Stores the account the tokens open, acting as the user who started the connect. */
  private SocialProfileSummary store(
      int userId, ConnectablePlatform platform, TokenRefresh tokens) {
    String handle = identityEndpoint.handle(platform.client(), tokens.accessToken());
    NewSocialProfile profile =
        new NewSocialProfile(
            userId,
            platform.platform(),
            handle,
            tokens.accessToken(),
            tokens.refreshToken(),
            tokens.expiresAt());
    // the least privileged role: row-level security keys on the user, whatever their role
    return DatabaseActors.callAs(
        DatabaseActor.user(userId, "creator"),
        () -> directory.find(profiles.connectOrReconnect(profile)));
  }

  private PendingAuthorization redeem(ConnectablePlatform platform, String state) {
    if (state == null || state.isBlank()) {
      throw new InvalidRequest("state", "the state is missing");
    }
    byte[] stateHash = Pkce.sha256(state);
    PendingAuthorization pending =
        DatabaseActors.callAs(
            DatabaseActor.system(),
            () ->
                transactions.execute(
                    status ->
                        authorizations
                            .redeem(stateHash)
                            .orElseThrow(() -> notRedeemable(stateHash))));
    if (pending.platform() != platform.platform()) {
      throw new InvalidRequest("state", "the state was issued for another platform");
    }
    return pending;
  }

  private InvalidRequest notRedeemable(byte[] stateHash) {
    return new InvalidRequest(
        "state",
        "the state "
            + authorizations.whyNotRedeemable(stateHash).orElse("is unknown")
            + ": start the connect again");
  }

  /** A platform with long-lived tokens (Instagram) gets the hour-long one traded at once. */
  private TokenRefresh exchange(ConnectablePlatform platform, String code, String verifier) {
    PlatformClient client = platform.client();
    try {
      TokenRefresh tokens =
          tokenEndpoint.exchange(client, code, verifier, platforms.redirectUri(platform));
      return client.longLivedTokenUri() == null
          ? tokens
          : longLivedTokens.exchange(client, tokens.accessToken());
    } catch (GrantRevoked refused) {
      throw new InvalidRequest("code", "the platform refused the authorization code");
    }
  }

  private URI authorizationUrl(ConnectablePlatform platform, String state, String challenge) {
    PlatformClient client = platform.client();
    UriComponentsBuilder url =
        UriComponentsBuilder.fromUri(client.authorizationUri())
            .queryParam("response_type", "code")
            .queryParam("client_id", client.clientId())
            .queryParam("redirect_uri", platforms.redirectUri(platform))
            .queryParam("scope", String.join(" ", client.scopes()))
            .queryParam("state", state)
            .queryParam("code_challenge", challenge)
            .queryParam("code_challenge_method", "S256");
    client.authorizationParameters().forEach(url::queryParam);
    return url.encode().build().toUri();
  }
}
