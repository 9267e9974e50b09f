package com.segmint.support;

import com.segmint.common.DatabaseActor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * An uploaded file of the owner's: its row, and its bytes (a PNG or MP4 signature and a few more)
   * in the tests' media directory; returns its id.
   */
  public UUID media(int ownerId, String kind) {
    byte[] bytes =
        kind.equals("image")
            ? new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}
            : new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    UUID id =
        Sessions.call(
            app,
            DatabaseActor.user(ownerId, "creator"),
            sql ->
                sql.queryForObject(
                    "INSERT INTO segmint.media (owner_id, kind, mime_type, size_bytes, sha256)"
                        + " VALUES (?, ?::segmint.media_kind, ?, ?, repeat('0', 64)) RETURNING id",
                    UUID.class,
                    ownerId,
                    kind,
                    kind.equals("image") ? "image/png" : "video/mp4",
                    bytes.length));
    try {
      Path directory = Files.createDirectories(Path.of("target", "test-media"));
      Files.write(directory.resolve(id.toString()), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return id;
  }

  /** Schedules through the stored function, as the service does; returns the new post's id. */
  public int scheduledPost(int ownerId, int contentId, int socialProfileId) {
    return Sessions.call(
        app,
        DatabaseActor.user(ownerId, "creator"),
        sql ->
            sql.queryForObject(
                "SELECT id FROM segmint.schedule_content_posts(?, ?,"
                    + " jsonb_build_array(jsonb_build_object('socialProfileId', ?)))",
                Integer.class,
                contentId,
                OffsetDateTime.now().plusDays(1),
                socialProfileId));
  }

  /**
   * A pending workflow with one member; a reviewer gets a fresh approver beside them, since a
   * workflow that no one could approve is refused at commit.
   */
  public int workflow(int ownerId, int contentId, int memberId, String memberRole) {
    Integer approver = "approver".equals(memberRole) ? null : user("team_member");
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
          if (approver != null) {
            sql.update(
                "INSERT INTO segmint.team_member (workflow_id, member_id, role)"
                    + " VALUES (?, ?, 'approver')",
                workflowId,
                approver);
          }
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
