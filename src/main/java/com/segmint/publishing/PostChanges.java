package com.segmint.publishing;

/** Changes the time, text or status of one of the acting user's draft or scheduled posts. */
public interface PostChanges {

  /**
   * Changes the post if it is still at {@code version}; a new text is checked against the
   * platform's rules first, and a draft becomes scheduled only when its content is approved.
   *
   * @throws com.segmint.common.ResourceNotFound when the post is not the actor's to see
   * @throws org.springframework.security.access.AccessDeniedException when the actor sees the post
   *     (a reviewer) but may not change it
   * @throws com.segmint.common.VersionMismatch when the post changed since {@code version}
   * @throws com.segmint.common.Conflict when the post is publishing or done
   * @throws com.segmint.common.DataIntegrityViolation naming the field that was refused: a
   *     platform's rule on {@code text}, a {@code scheduledTime} not in the future, content not
   *     approved
   */
  void change(int postId, int version, PostChange change);
}
