package com.segmint.publishing.scheduling;

import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.DataIntegrityViolation.Kind;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.publishing.PostDraft;
import com.segmint.publishing.PostScheduler;
import com.segmint.publishing.ScheduledPost;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every post against its platform's rules first, then schedules through the stored function
 * {@code schedule_content_posts}: it checks ownership, the time and every profile and media again,
 * and inserts all posts in one statement, so no partial schedule can exist.
 */
@Service
class DatabasePostScheduler implements PostScheduler {

  private final SchedulingRepository repository;
  private final PostRules rules;
  private final JsonMapper json;

  DatabasePostScheduler(SchedulingRepository repository, PostRules rules, JsonMapper json) {
    this.repository = repository;
    this.rules = rules;
    this.json = json;
  }

  @Override
  @Transactional
  public List<ScheduledPost> schedule(
      int contentId, OffsetDateTime scheduledTime, List<PostDraft> posts) {
    ContentToSchedule content = contentOf(contentId);
    List<RuleViolation> violations = violations(posts, content);
    if (!violations.isEmpty()) {
      throw refused(violations);
    }
    List<PlannedPost> planned = posts.stream().map(post -> rules.plan(post, content)).toList();
    return repository.insert(contentId, scheduledTime, json.writeValueAsString(planned));
  }

  @Override
  @Transactional
  public List<ScheduledPost> schedule(
      int contentId, List<Integer> socialProfileIds, OffsetDateTime scheduledTime, String text) {
    return schedule(
        contentId,
        scheduledTime,
        socialProfileIds.stream().map(id -> PostDraft.of(id, text)).toList());
  }

  private ContentToSchedule contentOf(int contentId) {
    return repository
        .content(contentId)
        .filter(found -> found.ownerId() != null)
        .orElseThrow(
            () ->
                new DataIntegrityViolation(
                    Kind.NOT_FOUND,
                    null,
                    "content_id",
                    "content %d not found".formatted(contentId),
                    null));
  }

  /** Every platform rule the posts break. */
  private List<RuleViolation> violations(List<PostDraft> posts, ContentToSchedule content) {
    Map<Integer, SocialPlatform> platforms =
        repository.platforms(posts.stream().map(PostDraft::socialProfileId).toList());
    Map<UUID, String> kinds = mediaKinds(content.ownerId(), posts);
    List<RuleViolation> violations = new ArrayList<>();
    for (int index = 0; index < posts.size(); index++) {
      PostDraft post = posts.get(index);
      SocialPlatform platform = platforms.get(post.socialProfileId());
      violations.addAll(rules.violations(index, post, platform, content, kinds));
    }
    return violations;
  }

  /**
   * The kinds of the posts' media; an id that is not the owner's media is not found, naming it as
   * {@code posts[i].mediaIds[j]}.
   */
  private Map<UUID, String> mediaKinds(int ownerId, List<PostDraft> posts) {
    List<UUID> wanted = posts.stream().flatMap(post -> post.mediaIds().stream()).toList();
    Map<UUID, String> kinds = wanted.isEmpty() ? Map.of() : repository.mediaKinds(ownerId, wanted);
    for (int index = 0; index < posts.size(); index++) {
      List<UUID> ids = posts.get(index).mediaIds();
      for (int position = 0; position < ids.size(); position++) {
        if (!kinds.containsKey(ids.get(position))) {
          throw new DataIntegrityViolation(
              Kind.NOT_FOUND,
              null,
              "posts[%d].mediaIds[%d]".formatted(index, position),
              "media %s not found".formatted(ids.get(position)),
              null);
        }
      }
    }
    return kinds;
  }

  private static DataIntegrityViolation refused(List<RuleViolation> violations) {
    RuleViolation first = violations.get(0);
    String all = violations.stream().map(RuleViolation::toString).collect(Collectors.joining("; "));
    return new DataIntegrityViolation(Kind.INVALID_VALUE, first.rule(), first.field(), all, null);
  }
}
