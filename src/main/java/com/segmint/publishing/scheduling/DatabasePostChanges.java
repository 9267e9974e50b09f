package com.segmint.publishing.scheduling;

import com.segmint.common.Conflict;
import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.DataIntegrityViolation.Kind;
import com.segmint.common.InvalidRequest;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.VersionMismatch;
import com.segmint.common.schema.enums.PostStatus;
import com.segmint.publishing.PostChange;
import com.segmint.publishing.PostChanges;
import com.segmint.publishing.PostDraft;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reschedules a post in place: locks it, checks its version and state, checks a new text against
 * the platform's rules as scheduling does, and writes. The database refuses the rest whichever path
 * writes: a change of a post on its way, a time in the past, a draft scheduled again while its
 * content awaits approval.
 */
@Service
class DatabasePostChanges implements PostChanges {

  private static final Set<PostStatus> CHANGEABLE = Set.of(PostStatus.draft, PostStatus.scheduled);
  private static final String RESOURCE = "platform post";

  private final PostChangeRepository posts;
  private final SchedulingRepository scheduling;
  private final PostRules rules;

  DatabasePostChanges(
      PostChangeRepository posts, SchedulingRepository scheduling, PostRules rules) {
    this.posts = posts;
    this.scheduling = scheduling;
    this.rules = rules;
  }

  @Override
  @Transactional
  public void change(int postId, int version, PostChange change) {
    PostToChange post = posts.lock(postId).orElseThrow(() -> refusal(postId));
    if (post.version() != version) {
      throw VersionMismatch.stale();
    }
    if (!CHANGEABLE.contains(post.status())) {
      throw new Conflict(
          "platform post %d is %s; only draft or scheduled posts can be changed"
              .formatted(postId, post.status().getLiteral()));
    }
    PostStatus status =
        change.status() == null ? post.status() : PostStatus.lookupLiteral(change.status());
    OffsetDateTime time =
        change.scheduledTime() == null ? post.scheduledTime() : change.scheduledTime();
    if (status == PostStatus.scheduled && !time.isAfter(OffsetDateTime.now())) {
      throw new InvalidRequest(
          "scheduledTime", "the post's time has passed: give a new scheduledTime in the future");
    }
    posts.update(postId, time, status, planned(post, change));
  }

  /** The post's new text as it will be stored, or null when neither text nor thread changes. */
  private PlannedPost planned(PostToChange post, PostChange change) {
    if (change.text() == null && change.thread() == null) {
      return null;
    }
    ContentToSchedule content =
        scheduling
            .content(post.contentId())
            .orElseThrow(() -> new ResourceNotFound(RESOURCE, post.id()));
    PostDraft draft =
        new PostDraft(
            post.socialProfileId() == null ? 0 : post.socialProfileId(),
            change.text() == null ? post.text() : change.text(),
            post.mediaIds(),
            change.thread() == null ? post.thread() : change.thread());
    List<RuleViolation> violations =
        rules.violations(0, draft, post.platform(), content, post.mediaKinds());
    if (!violations.isEmpty()) {
      throw refused(violations);
    }
    return rules.plan(draft, content);
  }

  /** 403 to a reviewer who sees the post, 404 to anyone else: never a hint that it exists. */
  private RuntimeException refusal(int postId) {
    return posts.isVisible(postId)
        ? new AccessDeniedException("only the content's owner may change its posts")
        : new ResourceNotFound(RESOURCE, postId);
  }

  /** The request's fields have no {@code posts[0].} prefix: a change is of one post. */
  private static DataIntegrityViolation refused(List<RuleViolation> violations) {
    List<RuleViolation> unprefixed =
        violations.stream()
            .map(
                v ->
                    new RuleViolation(
                        v.field().replaceFirst("^posts\\[0]\\.", ""), v.rule(), v.message()))
            .toList();
    RuleViolation first = unprefixed.get(0);
    String all = unprefixed.stream().map(RuleViolation::toString).collect(Collectors.joining("; "));
    return new DataIntegrityViolation(Kind.INVALID_VALUE, first.rule(), first.field(), all, null);
  }
}
