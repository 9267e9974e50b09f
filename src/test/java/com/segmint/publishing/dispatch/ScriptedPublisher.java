package com.segmint.publishing.dispatch;

import com.segmint.common.schema.enums.SocialPlatform;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * LinkedIn as the in-process tests script it: each post answers its queued outcomes in turn, then
 * publishes; it counts the calls per post and knows which posts are "on the platform" for
 * reconciliation.
 */
class ScriptedPublisher implements PlatformPublisher {

  private final Map<Integer, Deque<PublishOutcome>> script = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<Integer, PublishOutcome.Published> onPlatform = new ConcurrentHashMap<>();
  private final Map<Integer, CountDownLatch> held = new ConcurrentHashMap<>();

  @Override
  public SocialPlatform platform() {
    return SocialPlatform.LinkedIn;
  }

  @Override
  public PublishOutcome publish(PublishRequest request) {
    calls.computeIfAbsent(request.postId(), id -> new AtomicInteger()).incrementAndGet();
    awaitRelease(request.postId());
    PublishOutcome next = script.getOrDefault(request.postId(), new ArrayDeque<>()).pollFirst();
    return next != null ? next : published(request.postId());
  }

  @Override
  public Optional<PublishOutcome.Published> reconcile(PublishRequest request) {
    return Optional.ofNullable(onPlatform.get(request.postId()));
  }

  void answer(int postId, PublishOutcome... outcomes) {
    script.put(postId, new ArrayDeque<>(List.of(outcomes)));
  }

  /** The call for {@code postId} does not answer until {@code release} opens. */
  void holdUntil(int postId, CountDownLatch release) {
    held.put(postId, release);
  }

  private void awaitRelease(int postId) {
    CountDownLatch release = held.get(postId);
    if (release == null) {
      return;
    }
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void knowsItHas(int postId) {
    onPlatform.put(postId, published(postId));
  }

  int calls(int postId) {
    AtomicInteger count = calls.get(postId);
    return count == null ? 0 : count.get();
  }

  static PublishOutcome.Published published(int postId) {
    return new PublishOutcome.Published(
        "urn:li:share:" + postId, "https://www.linkedin.com/feed/update/urn:li:share:" + postId);
  }
}
