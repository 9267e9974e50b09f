package com.segmint.publishing.posts;

import com.segmint.common.Conflict;
import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import com.segmint.common.InvalidRequest;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.schema.enums.PostStatus;
import com.segmint.publishing.PostChange;
import com.segmint.publishing.PostChanges;
import com.segmint.publishing.PostDraft;
import com.segmint.publishing.PostScheduler;
import com.segmint.publishing.ScheduledPost;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, scheduling, rescheduling and cancelling the acting user's platform posts. */
@Service
public class PlatformPosts {

  private static final String STATUSES =
      Arrays.stream(PostStatus.values())
          .map(PostStatus::getLiteral)
          .collect(Collectors.joining(", "));

  private final PlatformPostRepository posts;
  private final PostScheduler scheduler;
  private final PostChanges changes;

  PlatformPosts(PlatformPostRepository posts, PostScheduler scheduler, PostChanges changes) {
    this.posts = posts;
    this.scheduler = scheduler;
    this.changes = changes;
  }

  /** A page in the order the posts go out: by scheduled time, then id. */
  @Transactional(readOnly = true)
  public CursorPage<PlatformPost> list(PostFilter filter, String cursor, Integer limit) {
    int size = Cursors.limit(limit);
    Cursors.Position after = cursor == null ? null : Cursors.decode(cursor);
    List<PlatformPost> page =
        posts.page(statusOf(filter.status()), filter.contentId(), after, size + 1);
    if (page.size() <= size) {
      return new CursorPage<>(page, null);
    }
    PlatformPost last = page.get(size - 1);
    return new CursorPage<>(page.subList(0, size), Cursors.encode(last.scheduledTime(), last.id()));
  }

  @Transactional(readOnly = true)
  public PlatformPost find(int id) {
    return posts.find(id).orElseThrow(() -> new ResourceNotFound("platform post", id));
  }

  /** All profiles or none, through {@link PostScheduler}; returns the new posts. */
  @Transactional
  public List<PlatformPost> schedule(
      int contentId, OffsetDateTime scheduledTime, List<PostDraft> drafts) {
    List<Integer> ids =
        scheduler.schedule(contentId, scheduledTime, drafts).stream()
            .map(ScheduledPost::id)
            .toList();
    return posts.findAll(ids);
  }

  /** Reschedules a draft or scheduled post in place, through {@link PostChanges}. */
  @Transactional
  public PlatformPost change(int id, int version, PostChange change) {
    changes.change(id, version, change);
    return find(id);
  }

  /**
   * Cancelling deletes a post that has not started publishing, which also frees its profile for
   * this content; the audit trail keeps the deleted row.
   */
  @Transactional
  public void cancel(int id) {
    if (posts.deleteIfCancellable(id)) {
      return;
    }
    PlatformPost post = find(id);
    if (!post.status().equals("draft") && !post.status().equals("scheduled")) {
      throw new Conflict(
          "platform post %d is %s; only draft or scheduled posts can be cancelled"
              .formatted(id, post.status()));
    }
    throw new AccessDeniedException("only the content's owner may cancel its posts");
  }

  private static PostStatus statusOf(String status) {
    if (status == null) {
      return null;
    }
    PostStatus known = PostStatus.lookupLiteral(status);
    if (known == null) {
      throw new InvalidRequest("status", "status must be one of " + STATUSES);
    }
    return known;
  }
}
