package com.segmint.support;

import com.segmint.common.DatabaseActor;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Rows for tests, written through the application role acting as the system (as registration and
 * internal jobs do), each with a name no other test uses.
 */
public final class Fixtures {

  private final DataSource app;

  public Fixtures(DataSource app) {
    this.app = app;
  }

  public static String unique(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
  }

  public int user(String role) {
    String name = unique(role);
    return Sessions.call(
        app,
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "INSERT INTO segmint.users (username, email, password_hash, role)"
                    + " VALUES (?, ?, 'argon2-hash', ?::segmint.user_role) RETURNING id",
                Integer.class,
                name,
                name + "@example.com",
                role));
  }

  public int content(int ownerId, String title, String body) {
    return Sessions.call(
        app,
        DatabaseActor.user(ownerId, "creator"),
        sql ->
            sql.queryForObject(
                "INSERT INTO segmint.content (user_id, title, body, tone)"
                    + " VALUES (?, ?, ?, 'professional') RETURNING id",
                Integer.class,
                ownerId,
                title,
                body));
  }

  public int socialProfile(int ownerId, String platform) {
    return Sessions.call(
        app,
        DatabaseActor.user(ownerId, "creator"),
        sql ->
            sql.queryForObject(
                "INSERT INTO segmint.social_profile"
                    + " (user_id, platform, profile_handle, access_token, refresh_token, expires_at)"
                    + " VALUES (?, ?::segmint.social_platform, ?, 'ciphertext-a', 'ciphertext-r',"
                    + " now() + interval '1 hour') RETURNING id",
                Integer.class,
                ownerId,
                platform,
                unique("handle")));
  }

  /** Schedules through the stored function, as the service does; returns the new post's id. */
  public int scheduledPost(int ownerId, int contentId, int socialProfileId) {
    return Sessions.call(
        app,
        DatabaseActor.user(ownerId, "creator"),
        sql ->
            sql.queryForObject(
                "SELECT id FROM segmint.schedule_content(?, ARRAY[?]::int[], ?)",
                Integer.class,
                contentId,
                socialProfileId,
                OffsetDateTime.now().plusDays(1)));
  }

  public int workflow(int ownerId, int contentId, int memberId, String memberRole) {
    return Sessions.call(
        app,
        DatabaseActor.user(ownerId, "creator"),
        sql -> {
          Integer workflowId =
              sql.queryForObject(
                  "INSERT INTO segmint.approval_workflow (user_id, content_id)"
                      + " VALUES (?, ?) RETURNING id",
                  Integer.class,
                  ownerId,
                  contentId);
          sql.update(
              "INSERT INTO segmint.team_member (workflow_id, member_id, role)"
                  + " VALUES (?, ?, ?::segmint.team_member_role)",
              workflowId,
              memberId,
              memberRole);
          return workflowId;
        });
  }

  /** A notification for {@code userId}, written as the notifier does (as the system). */
  public long notification(int userId, String message) {
    return Sessions.call(
        app,
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "INSERT INTO segmint.notification (user_id, kind, message, event_key)"
                    + " VALUES (?, 'workflow_comment', ?, ?) RETURNING id",
                Long.class,
                userId,
                message,
                unique("fixture")));
  }

  public int ideaSuggestion(int ownerId, int contentId, String text, String score) {
    return Sessions.call(
        app,
        DatabaseActor.user(ownerId, "creator"),
        sql ->
            sql.queryForObject(
                "INSERT INTO segmint.idea_suggestion (content_id, suggestion, relevance_score)"
                    + " VALUES (?, ?, ?::numeric) RETURNING id",
                Integer.class,
                contentId,
                text,
                score));
  }
}
