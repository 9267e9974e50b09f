package com.segmint.publishing.dispatch;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.Fixtures;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import com.segmint.users.NewSocialProfile;
import com.segmint.users.SocialProfiles;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Scheduled posts for the dispatcher's tests: a creator with a really connected (encrypted)
 * profile, posts due at a chosen time, each with a text no other post has, and their rows as the
 * system sees them. In-process tests schedule in 2001, a time no other test uses, so the rounds
 * they drive never claim another test's posts.
 */
final class DuePosts {

  private static final DataSource APP = TestDatabase.get().app();

  private final Fixtures fixtures = new Fixtures(APP);
  private final SocialProfiles profiles;
  private final int creator;

  DuePosts(SocialProfiles profiles) {
    this.profiles = profiles;
    this.creator = fixtures.user("creator");
  }

  int creator() {
    return creator;
  }

  int profile(SocialPlatform platform) {
    return DatabaseActors.callAs(
        DatabaseActor.user(creator, "creator"),
        () ->
            profiles.connect(
                new NewSocialProfile(
                    creator,
                    platform,
                    Fixtures.unique("handle"),
                    Fixtures.unique("access"),
                    Fixtures.unique("refresh"),
                    OffsetDateTime.now().plusHours(1))));
  }

  int dueAt(SocialPlatform platform, Instant at) {
    return dueAt(profile(platform), platform, 1, at).get(0);
  }

  /** {@code count} posts, each of its own content, due at {@code at} on one profile. */
  List<Integer> dueAt(int profile, SocialPlatform platform, int count, Instant at) {
    return Sessions.call(
        APP,
        DatabaseActor.system(),
        sql -> {
          List<Integer> contents =
              sql.queryForList(
                  "INSERT INTO segmint.content (user_id, title, body, tone)"
                      + " SELECT ?, 'Post ' || g, 'Text ' || g || ' ' || gen_random_uuid(),"
                      + " 'professional' FROM generate_series(1, ?) g RETURNING id",
                  Integer.class,
                  creator,
                  count);
          return sql.queryForList(
              "INSERT INTO segmint.platform_post"
                  + " (content_id, platform_id, social_profile_id, scheduled_time, status)"
                  + " SELECT c.id, p.id, ?, ?, 'scheduled' FROM unnest(?::int[]) c(id),"
                  + " segmint.platform p WHERE p.code = ?::segmint.social_platform RETURNING id",
              Integer.class,
              profile,
              OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
              contents.toArray(Integer[]::new),
              platform.getLiteral());
        });
  }

  /** Deletes the creator's contents and so their posts and errors. */
  void deleteAll() {
    run("DELETE FROM segmint.content WHERE user_id = ?", creator);
  }

  static Map<String, Object> row(int post) {
    return Sessions.call(
        APP,
        DatabaseActor.system(),
        sql ->
            sql.queryForMap(
                "SELECT p.*, c.body FROM segmint.platform_post p"
                    + " JOIN segmint.content c ON c.id = p.content_id WHERE p.id = ?",
                post));
  }

  static String status(int post) {
    return row(post).get("status").toString();
  }

  static List<Map<String, Object>> errors(int post) {
    return Sessions.call(
        APP,
        DatabaseActor.system(),
        sql ->
            sql.queryForList(
                "SELECT * FROM segmint.publish_error WHERE platform_post_id = ? ORDER BY id",
                post));
  }

  static void run(String statement, Object... arguments) {
    Sessions.run(APP, DatabaseActor.system(), sql -> sql.update(statement, arguments));
  }
}
