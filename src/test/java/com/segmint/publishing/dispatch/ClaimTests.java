package com.segmint.publishing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.users.SocialProfiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

@SegmintIntegrationTest
@Import(TestPublishers.class)
class ClaimTests {

  private static final Instant DUE = Instant.parse("2001-05-01T10:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  @Autowired ClaimRepository claims;
  @Autowired OutcomeRecorder outcomes;
  @Autowired LeaseRecovery recovery;
  @Autowired TransactionTemplate transactions;
  @Autowired ScriptedPublisher linkedIn;
  @Autowired SocialProfiles profiles;

  private DuePosts posts;

  @BeforeEach
  void createCreator() {
    posts = new DuePosts(profiles);
  }

  @Test
  void shouldNeverHandOneRowToTwoConcurrentClaimers() {
    int profile = posts.profile(SocialPlatform.LinkedIn);
    List<Integer> due = posts.dueAt(profile, SocialPlatform.LinkedIn, 300, DUE);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);

    CompletableFuture<List<Integer>> first =
        CompletableFuture.supplyAsync(() -> claimAll("a", start), threads);
    CompletableFuture<List<Integer>> second =
        CompletableFuture.supplyAsync(() -> claimAll("b", start), threads);
    start.countDown();
    threads.shutdown();

    List<Integer> all = new ArrayList<>(first.join());
    all.addAll(second.join());
    assertThat(all).doesNotHaveDuplicates().containsAll(due);
    assertThat(first.join()).isNotEmpty();
    assertThat(second.join()).isNotEmpty();
    assertThat(Collections.disjoint(first.join(), second.join())).isTrue();
  }

  @Test
  void shouldMakeAnAbandonedClaimUnknownAndNeverScheduleItAgain() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    claim(post, "dead-worker", DUE);

    recovery.recover(DUE.plus(LEASE).minusSeconds(1));
    assertThat(DuePosts.status(post)).isEqualTo("publishing");
    recovery.recover(DUE.plus(LEASE).plusSeconds(1));

    assertThat(DuePosts.row(post))
        .containsEntry("status", "unknown")
        .containsEntry("error_kind", "unknown_outcome")
        .containsEntry("lease_until", null);
    assertThat(DuePosts.errors(post))
        .singleElement()
        .satisfies(error -> assertThat(error).containsEntry("error_kind", "unknown_outcome"));
    assertThat(claimedIds("late-worker", DUE.plus(Duration.ofDays(1)))).doesNotContain(post);
  }

  @Test
  void shouldPostAnAbandonedClaimThatThePlatformSaysItHas() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    claim(post, "dead-worker", DUE);
    linkedIn.knowsItHas(post);

    recovery.recover(DUE.plus(LEASE).plusSeconds(1));

    assertThat(DuePosts.row(post))
        .containsEntry("status", "posted")
        .containsEntry("remote_id", "urn:li:share:" + post);
    assertThat(linkedIn.calls(post)).isZero();
  }

  @Test
  void shouldNotLetALateWorkerUndoTheRecoveryOfItsClaim() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    Claim claim = claim(post, "slow-worker", DUE);
    recovery.recover(DUE.plus(LEASE).plusSeconds(1));

    asSystem(
        () ->
            outcomes.recordAll(
                List.of(
                    Attempt.notSent(
                        claim,
                        PlatformPostDispatcherTests.refused(
                            PostErrorKind.transient_, 503, "busy"))),
                DUE.plus(LEASE).plusSeconds(2)));

    assertThat(DuePosts.status(post)).isEqualTo("unknown");
  }

  @Test
  void shouldLetALateWorkerTellThatItsRecoveredClaimWasPosted() {
    int post = posts.dueAt(SocialPlatform.LinkedIn, DUE);
    Claim claim = claim(post, "slow-worker", DUE);
    recovery.recover(DUE.plus(LEASE).plusSeconds(1));

    asSystem(
        () ->
            outcomes.recordAll(
                List.of(new Attempt(claim, null, null, ScriptedPublisher.published(post))),
                DUE.plus(LEASE).plusSeconds(2)));

    assertThat(DuePosts.row(post))
        .containsEntry("status", "posted")
        .containsEntry("remote_id", "urn:li:share:" + post);
  }

  private List<Integer> claimAll(String worker, CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    List<Integer> mine = new ArrayList<>();
    List<Integer> batch;
    do {
      batch = claimedIds(worker, DUE);
      mine.addAll(batch);
    } while (!batch.isEmpty());
    return mine;
  }

  private List<Integer> claimedIds(String worker, Instant now) {
    return asSystem(
        () ->
            transactions.execute(
                status ->
                    claims.claim(now, 7, worker, LEASE).stream()
                        .map(due -> due.claim().postId())
                        .toList()));
  }

  /** Claims everything due at {@code now} and returns the claim of {@code post}. */
  private Claim claim(int post, String worker, Instant now) {
    List<Claim> claimed = new ArrayList<>();
    List<Claim> batch;
    do {
      batch =
          asSystem(
              () ->
                  transactions.execute(status -> claims.claim(now, 50, worker, LEASE)).stream()
                      .map(DuePost::claim)
                      .toList());
      claimed.addAll(batch);
    } while (!batch.isEmpty());
    return claimed.stream().filter(claim -> claim.postId() == post).findFirst().orElseThrow();
  }

  private static <T> T asSystem(Supplier<T> work) {
    return DatabaseActors.callAs(DatabaseActor.system(), work);
  }

  private static void asSystem(Runnable work) {
    DatabaseActors.runAs(DatabaseActor.system(), work);
  }
}
