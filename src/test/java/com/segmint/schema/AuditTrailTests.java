package com.segmint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Triggers write the trail; the application can read it (as admin) but never rewrite it. */
class AuditTrailTests {

  private static DataSource app;
  private static Fixtures fixtures;
  private static int admin;

  @BeforeAll
  static void connect() {
    TestDatabase database = TestDatabase.migrated();
    app = database.app();
    fixtures = new Fixtures(app);
    admin = fixtures.user("admin");
  }

  @Test
  void shouldRecordInsertUpdateAndDeleteWithTheActingUser() {
    int author = fixtures.user("creator");
    int content = fixtures.content(author, "Draft", "First words");
    DatabaseActor authorActor = DatabaseActor.user(author, "creator");
    Sessions.run(
        app,
        authorActor,
        sql -> sql.update("UPDATE segmint.content SET title = 'Final' WHERE id = ?", content));
    Sessions.run(
        app, authorActor, sql -> sql.update("DELETE FROM segmint.content WHERE id = ?", content));

    List<Map<String, Object>> events = events("content", content);

    assertThat(events)
        .extracting(e -> e.get("action"))
        .containsExactly("INSERT", "UPDATE", "DELETE");
    assertThat(events).allSatisfy(e -> assertThat(e.get("actor_id")).isEqualTo(author));
    assertThat(events.get(1).get("old_title")).isEqualTo("Draft");
    assertThat(events.get(1).get("new_title")).isEqualTo("Final");
    assertThat(events.get(2).get("new_title")).isNull();
    assertThat(events).allSatisfy(e -> assertThat(e.get("transaction_id")).isNotNull());
  }

  @Test
  void shouldRecordEveryPostOfAStatementThatChangesSeveral() {
    int author = fixtures.user("creator");
    int profile = fixtures.socialProfile(author, "LinkedIn");
    List<Integer> posts =
        List.of(
            fixtures.scheduledPost(author, fixtures.content(author, "One", "a"), profile),
            fixtures.scheduledPost(author, fixtures.content(author, "Two", "b"), profile));
    Sessions.run(
        app,
        DatabaseActor.system(),
        sql ->
            sql.update(
                "UPDATE segmint.platform_post SET status = 'publishing', claimed_by = 'w',"
                    + " lease_until = now() + interval '5 minutes'"
                    + " WHERE id = ANY (?)",
                (Object) posts.toArray(Integer[]::new)));

    for (int post : posts) {
      List<Map<String, Object>> trail =
          Sessions.call(
              app,
              DatabaseActor.user(admin, "admin"),
              sql ->
                  sql.queryForList(
                      "SELECT action, actor_role, old_row->>'status' AS old_status,"
                          + " new_row->>'status' AS new_status FROM segmint.audit_event"
                          + " WHERE table_name = 'platform_post' AND row_id = ? ORDER BY id",
                      String.valueOf(post)));
      assertThat(trail).extracting(e -> e.get("action")).containsExactly("INSERT", "UPDATE");
      assertThat(trail.get(0)).containsEntry("new_status", "scheduled");
      assertThat(trail.get(1))
          .containsEntry("actor_role", "system")
          .containsEntry("old_status", "scheduled")
          .containsEntry("new_status", "publishing");
    }
  }

  @Test
  void shouldKeepSecretsOutOfTheTrail() {
    int user = fixtures.user("creator");
    fixtures.socialProfile(user, "Instagram");
    String trail =
        Sessions.call(
            app,
            DatabaseActor.user(admin, "admin"),
            sql ->
                sql.queryForObject(
                    "SELECT string_agg(coalesce(new_row::text, ''), ' ') FROM segmint.audit_event"
                        + " WHERE actor_id = ? OR row_id = ?",
                    String.class,
                    user,
                    String.valueOf(user)));
    assertThat(trail)
        .contains("profile_handle")
        .doesNotContain("password_hash", "argon2-hash", "access_token", "ciphertext-a");
  }

  @Test
  void shouldNotLetTheApplicationRoleRewriteTheTrail() {
    DatabaseActor adminActor = DatabaseActor.user(admin, "admin");
    for (String statement :
        List.of(
            "DELETE FROM segmint.audit_event",
            "UPDATE segmint.audit_event SET action = 'INSERT'",
            "TRUNCATE segmint.audit_event",
            "INSERT INTO segmint.audit_event (table_name, action) VALUES ('users', 'DELETE')",
            "ALTER TABLE segmint.audit_event DISABLE TRIGGER ALL",
            "DROP TABLE segmint.audit_event")) {
      assertThatThrownBy(() -> Sessions.run(app, adminActor, sql -> sql.execute(statement)))
          .as(statement)
          .rootCause()
          .hasMessageMatching("(?s).*(permission denied|must be owner).*");
    }
  }

  @Test
  void shouldShowTheTrailOnlyToAdmins() {
    int creator = fixtures.user("creator");
    int seen =
        Sessions.call(
            app,
            DatabaseActor.user(creator, "creator"),
            sql -> sql.queryForObject("SELECT count(*) FROM segmint.audit_event", Integer.class));
    assertThat(seen).isZero();
  }

  private static List<Map<String, Object>> events(String table, int rowId) {
    return Sessions.call(
        app,
        DatabaseActor.user(admin, "admin"),
        sql ->
            sql.queryForList(
                "SELECT action, actor_id, transaction_id, old_row->>'title' AS old_title,"
                    + " new_row->>'title' AS new_title FROM segmint.audit_event"
                    + " WHERE table_name = ? AND row_id = ? ORDER BY id",
                table,
                String.valueOf(rowId)));
  }
}
