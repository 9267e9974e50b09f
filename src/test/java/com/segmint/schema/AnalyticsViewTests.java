package com.segmint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The materialized statistics refresh concurrently and each creator sees only their own. */
class AnalyticsViewTests {

  @Test
  void shouldCountEachCreatorsPostsAndShowThemOnlyToThatCreator() {
    DataSource app = TestDatabase.migrated().app();
    Fixtures fixtures = new Fixtures(app);
    int alice = fixtures.user("creator");
    int bob = fixtures.user("creator");
    int aliceProfile = fixtures.socialProfile(alice, "LinkedIn");
    fixtures.scheduledPost(alice, fixtures.content(alice, "One", "first"), aliceProfile);
    fixtures.scheduledPost(alice, fixtures.content(alice, "Two", "second"), aliceProfile);
    int bobProfile = fixtures.socialProfile(bob, "LinkedIn");
    fixtures.scheduledPost(bob, fixtures.content(bob, "Three", "third"), bobProfile);

    Sessions.run(
        app, DatabaseActor.system(), sql -> sql.execute("SELECT segmint.refresh_analytics()"));
    Sessions.run(
        app, DatabaseActor.system(), sql -> sql.execute("SELECT segmint.refresh_analytics()"));

    String aliceQuery =
        "SELECT coalesce(sum(scheduled), 0) FROM segmint.analytics_user_post_stats WHERE user_key = ?";
    assertThat(scheduled(app, DatabaseActor.user(alice, "creator"), aliceQuery, alice))
        .isEqualTo(2);
    assertThat(scheduled(app, DatabaseActor.user(alice, "creator"), aliceQuery, bob)).isZero();
    assertThat(scheduled(app, DatabaseActor.user(bob, "creator"), aliceQuery, bob)).isEqualTo(1);
    assertThat(scheduled(app, DatabaseActor.user(bob, "admin"), aliceQuery, alice)).isEqualTo(2);
  }

  private static long scheduled(DataSource app, DatabaseActor actor, String query, int user) {
    return Sessions.call(app, actor, sql -> sql.queryForObject(query, Long.class, user));
  }
}
