package com.segmint.publishing.dispatch;

import com.segmint.common.Conflict;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.InvalidRequest;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.schema.enums.PostStatus;
import com.segmint.publishing.posts.PlatformPost;
import com.segmint.publishing.posts.PlatformPosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.jooq.Record2;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's decision on a post whose outcome is unknown, which the dispatcher never retries by
 * itself. Only the content's owner decides, and only while the post is unknown.
 */
@Service
public class PostReconciliation {

  private static final int MAX_REMOTE_ID = 200;
  private static final int MAX_REMOTE_URL = 2048;

  private final ReconciliationRepository posts;
  private final PlatformPosts platformPosts;

  PostReconciliation(ReconciliationRepository posts, PlatformPosts platformPosts) {
    this.posts = posts;
    this.platformPosts = platformPosts;
  }

  @Transactional
  public PlatformPost decide(int postId, ReconciliationDecision decision) {
    String outcome = validated(decision);
    Record2<Integer, PostStatus> post =
        posts
            .ownerAndStatus(postId)
            .orElseThrow(() -> new ResourceNotFound("platform post", postId));
    Integer actor = DatabaseActors.current().map(DatabaseActor::userId).orElse(null);
    if (!Objects.equals(post.value1(), actor)) {
      throw new AccessDeniedException("only the content's owner may reconcile its posts");
    }
    if (post.value2() != PostStatus.unknown || !apply(postId, outcome, decision)) {
      throw new Conflict(
          "platform post %d is %s; only a post whose outcome is unknown can be reconciled"
              .formatted(postId, post.value2().getLiteral()));
    }
    return platformPosts.find(postId);
  }

  private boolean apply(int postId, String outcome, ReconciliationDecision decision) {
    return switch (outcome) {
      case "posted" -> posts.posted(postId, decision.remoteId().strip(), decision.remoteUrl());
      case "failed" -> posts.failed(postId);
      default -> posts.retry(postId);
    };
  }

  private static String validated(ReconciliationDecision decision) {
    String outcome = decision == null ? null : decision.outcome();
    if (outcome == null || !outcome.matches("posted|failed|retry")) {
      throw new InvalidRequest("outcome", "outcome must be one of posted, failed, retry");
    }
    if (outcome.equals("posted")) {
      requireRemoteId(decision.remoteId());
      requireRemoteUrl(decision.remoteUrl());
    } else if (decision.remoteId() != null || decision.remoteUrl() != null) {
      throw new InvalidRequest(
          decision.remoteId() != null ? "remoteId" : "remoteUrl",
          "remoteId and remoteUrl are only for the outcome posted");
    }
    return outcome;
  }

  private static void requireRemoteId(String remoteId) {
    if (remoteId == null
        || remoteId.isBlank()
        || remoteId.length() > MAX_REMOTE_ID
        || remoteId.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequest(
          "remoteId", "remoteId is required: the platform's id of the post, 1 to 200 characters");
    }
  }

  private static void requireRemoteUrl(String remoteUrl) {
    if (remoteUrl == null) {
      return;
    }
    if (remoteUrl.length() > MAX_REMOTE_URL || !isWebAddress(remoteUrl)) {
      throw new InvalidRequest("remoteUrl", "remoteUrl must be an absolute http or https URL");
    }
  }

  private static boolean isWebAddress(String remoteUrl) {
    try {
      URI uri = new URI(remoteUrl);
      return uri.getHost() != null
          && ("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
