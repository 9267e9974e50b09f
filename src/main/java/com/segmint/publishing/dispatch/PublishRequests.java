package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.media.MediaLibrary;
import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfiles;
import com.segmint.users.TokenRefreshFailure;
import com.segmint.users.UnreadableTokenException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a claimed post into its publisher's request: the profile's decrypted tokens and the media
 * files. A post whose profile is gone or whose tokens cannot be read cannot publish: that is an
 * {@code auth} failure, known before anything is sent.
 */
@Component
class PublishRequests {

  private static final Logger log = LoggerFactory.getLogger(PublishRequests.class);

  private final SocialProfiles profiles;
  private final MediaLibrary media;
  private final JsonMapper json;

  PublishRequests(SocialProfiles profiles, MediaLibrary media, JsonMapper json) {
    this.profiles = profiles;
    this.media = media;
    this.json = json;
  }

  /**
   * The request, or the failure that stops the post before any call: an unexpected error here (say,
   * the database briefly unreachable) is transient, as nothing was sent.
   */
  Prepared prepare(DuePost post) {
    return prepare(post, round());
  }

  /** As {@link #prepare(DuePost)}, with the tokens the round has already read. */
  Prepared prepare(DuePost post, RoundTokens tokens) {
    try {
      return requestFor(post, tokens);
    } catch (RuntimeException e) {
      log.warn("Could not prepare post {} for publishing", post.claim().postId(), e);
      return new Prepared(
          null,
          notSent(
              PostErrorKind.transient_,
              "Could not prepare the post for publishing: " + e.getClass().getSimpleName()));
    }
  }

  /** A new round: each profile's tokens are read once for all the round's posts. */
  RoundTokens round() {
    return new RoundTokens(profiles);
  }

  private Prepared requestFor(DuePost post, RoundTokens round) {
    Optional<ProfileTokens> tokens;
    try {
      tokens = post.socialProfileId() == null ? Optional.empty() : round.of(post.socialProfileId());
    } catch (UnreadableTokenException unreadable) {
      return new Prepared(null, notSent(PostErrorKind.auth, unreadable.getMessage()));
    } catch (TokenRefreshFailure failure) {
      PostErrorKind kind =
          failure.reconnectRequired() ? PostErrorKind.auth : PostErrorKind.transient_;
      return new Prepared(null, notSent(kind, failure.getMessage()));
    }
    if (tokens.isEmpty()) {
      return new Prepared(
          null, notSent(PostErrorKind.auth, "The post's social profile is no longer connected."));
    }
    return new Prepared(
        new PublishRequest(
            post.claim().postId(),
            post.idempotencyKey(),
            post.claim().attempt(),
            post.handle(),
            post.title(),
            post.text(),
            post.threadParts(),
            mediaOf(post.media()),
            tokens.get()),
        null);
  }

  private List<MediaFile> mediaOf(String column) {
    return json.readTree(column).valueStream().map(this::mediaFile).toList();
  }

  private MediaFile mediaFile(JsonNode entry) {
    return media.resolve(
        UUID.fromString(entry.path("mediaId").asString()),
        entry.path("kind").asString(),
        entry.path("mimeType").asString(),
        entry.path("sizeBytes").asLong());
  }

  static PublishOutcome.Failed notSent(PostErrorKind kind, String message) {
    return new PublishOutcome.Failed(kind, message, null, null, null, null);
  }

  /** Either a request to send or a failure that stopped the post before sending. */
  record Prepared(PublishRequest request, PublishOutcome.Failed failure) {}
}
