package com.segmint.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SegmintIntegrationTest
class PostSchedulerTests {

  @Autowired PostScheduler scheduler;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int creator;
  private int content;
  private int linkedIn;
  private int x;

  @BeforeEach
  void createCreatorWithTwoProfiles() {
    creator = fixtures.user("creator");
    content = fixtures.content(creator, "Launch", "We launch on Monday");
    linkedIn = fixtures.socialProfile(creator, "LinkedIn");
    x = fixtures.socialProfile(creator, "Twitter");
  }

  @Test
  void shouldScheduleOnePostPerProfileAtOnce() {
    OffsetDateTime at = OffsetDateTime.now().plusDays(2).withNano(0);

    List<ScheduledPost> posts =
        asCreator(() -> scheduler.schedule(content, List.of(linkedIn, x), at, null));

    assertThat(posts)
        .extracting(ScheduledPost::socialProfileId)
        .containsExactlyInAnyOrder(linkedIn, x);
    assertThat(posts).allSatisfy(post -> assertThat(post.scheduledTime()).isEqualTo(at));
    assertThat(posts).extracting(ScheduledPost::platformId).doesNotHaveDuplicates();
  }

  @Test
  void shouldScheduleNothingWhenOneProfileIsNotTheCreators() {
    int stranger = fixtures.user("creator");
    int strangersProfile = fixtures.socialProfile(stranger, "Instagram");

    assertThatThrownBy(
            () ->
                asCreator(
                    () ->
                        scheduler.schedule(
                            content,
                            List.of(linkedIn, strangersProfile),
                            OffsetDateTime.now().plusDays(1),
                            null)))
        .isInstanceOfSatisfying(
            DataIntegrityViolation.class,
            violation -> {
              assertThat(violation.kind()).isEqualTo(DataIntegrityViolation.Kind.INVALID_VALUE);
              assertThat(violation.field()).isEqualTo("social_profile_id");
            });
    assertThat(postsOfContent()).isZero();
  }

  @Test
  void shouldRefuseATimeInThePast() {
    assertThatThrownBy(
            () ->
                asCreator(
                    () ->
                        scheduler.schedule(
                            content,
                            List.of(linkedIn),
                            OffsetDateTime.now().minusMinutes(1),
                            null)))
        .isInstanceOfSatisfying(
            DataIntegrityViolation.class,
            violation -> assertThat(violation.field()).isEqualTo("scheduled_time"));
  }

  @Test
  void shouldRefuseTheSameContentTwiceOnOneProfile() {
    OffsetDateTime at = OffsetDateTime.now().plusDays(1);
    asCreator(() -> scheduler.schedule(content, List.of(linkedIn), at, null));

    assertThatThrownBy(
            () -> asCreator(() -> scheduler.schedule(content, List.of(linkedIn), at, null)))
        .isInstanceOfSatisfying(
            DataIntegrityViolation.class,
            violation ->
                assertThat(violation.kind()).isEqualTo(DataIntegrityViolation.Kind.CONFLICT));
    assertThat(postsOfContent()).isOne();
  }

  @Test
  void shouldNotFindAnotherCreatorsContent() {
    int stranger = fixtures.user("creator");

    assertThatThrownBy(
            () ->
                DatabaseActors.callAs(
                    DatabaseActor.user(stranger, "creator"),
                    () ->
                        scheduler.schedule(
                            content, List.of(linkedIn), OffsetDateTime.now().plusDays(1), null)))
        .isInstanceOfSatisfying(
            DataIntegrityViolation.class,
            violation ->
                assertThat(violation.kind()).isEqualTo(DataIntegrityViolation.Kind.NOT_FOUND));
  }

  private <T> T asCreator(java.util.function.Supplier<T> work) {
    return DatabaseActors.callAs(DatabaseActor.user(creator, "creator"), work);
  }

  private int postsOfContent() {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.platform_post WHERE content_id = ?",
                Integer.class,
                content));
  }
}
