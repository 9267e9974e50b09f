package com.segmint.users.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An installation always keeps a live admin: nobody demotes, deletes or erases the last one, not
 * through the API and not in the database, not even two admins demoting each other at once. Each
 * test leaves exactly its own admins live for its duration and gives the others their role back.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class LastAdminTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final DataSource app = TestDatabase.get().app();
  private final Fixtures fixtures = new Fixtures(app);
  private final JdbcTemplate superuser = new JdbcTemplate(TestDatabase.get().superuser());
  private int admin;
  private List<Integer> setAside;

  @BeforeEach
  void makeOneAdminTheOnlyLiveOne() {
    admin = fixtures.user("admin");
    setAside =
        Sessions.call(
            app,
            DatabaseActor.system(),
            sql ->
                sql.queryForList(
                    "UPDATE segmint.users SET role = 'creator'"
                        + " WHERE role = 'admin' AND deleted_at IS NULL AND id <> ? RETURNING id",
                    Integer.class,
                    admin));
  }

  @AfterEach
  void giveTheOtherAdminsTheirRoleBack() {
    Sessions.run(
        app,
        DatabaseActor.system(),
        sql ->
            sql.update(
                "UPDATE segmint.users SET role = 'admin' WHERE id = ANY (?)",
                (Object) setAside.toArray(Integer[]::new)));
  }

  @Test
  void shouldRefuseToDemoteDeleteOrEraseTheLastAdminEvenThemself() throws Exception {
    String etag = etagOf(admin);
    assertLastAdmin(
        mvc.perform(
            put("/api/v1/users/" + admin + "/role")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"creator\"}")));
    assertLastAdmin(
        mvc.perform(
            delete("/api/v1/users/" + admin).header(HttpHeaders.AUTHORIZATION, bearer(admin))));
    assertLastAdmin(
        mvc.perform(
            post("/api/v1/users/" + admin + "/erasure")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))));

    assertThat(
            superuser.queryForMap(
                "SELECT role::text, deleted_at FROM segmint.users WHERE id = ?", admin))
        .containsEntry("role", "admin")
        .containsEntry("deleted_at", null);
    assertThat(etagOf(admin)).isEqualTo(etag);
  }

  @Test
  void shouldLetAnAdminStepDownOnceAnotherAdminIsLive() throws Exception {
    int successor = fixtures.user("admin");
    mvc.perform(
            put("/api/v1/users/" + admin + "/role")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .header(HttpHeaders.IF_MATCH, etagOf(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"creator\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.role").value("creator"));
    assertLastAdmin(
        mvc.perform(
            delete("/api/v1/users/" + successor)
                .header(HttpHeaders.AUTHORIZATION, bearer(successor))),
        successor);
  }

  @Test
  void shouldRefuseTheLastAdminsRemovalInTheDatabaseWhateverTheActor() {
    for (String change :
        List.of(
            "UPDATE segmint.users SET role = 'team_member' WHERE id = ?",
            "UPDATE segmint.users SET deleted_at = now() WHERE id = ?",
            "DELETE FROM segmint.users WHERE id = ?")) {
      Throwable refused =
          catchThrowable(
              () -> Sessions.run(app, DatabaseActor.system(), sql -> sql.update(change, admin)));
      assertThat(refused).as(change).hasMessageContaining("last active admin");
      assertThat(sqlStateOf(refused)).as(change).isEqualTo("SGU01");
    }
  }

  @Test
  void shouldLetOnlyOneOfTwoConcurrentDemotionsOfTheLastTwoAdminsSucceed() throws Exception {
    int second = fixtures.user("admin");
    try (Connection first = demoteAndHold(admin)) {
      CompletableFuture<String> other =
          CompletableFuture.supplyAsync(() -> demoteAndCommit(second));
      awaitWaitingForTheLastAdminLock();
      first.commit();
      assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("SGU01");
    }
    assertThat(
            superuser.queryForList(
                "SELECT id FROM segmint.users WHERE role = 'admin' AND deleted_at IS NULL",
                Integer.class))
        .containsExactly(second);
  }

  /** {@code admin} demotes themself in a transaction left open, holding the last-admin lock. */
  private Connection demoteAndHold(int user) throws SQLException {
    Connection connection = app.getConnection();
    connection.setAutoCommit(false);
    actAs(connection, user);
    try (PreparedStatement demote =
        connection.prepareStatement("UPDATE segmint.users SET role = 'creator' WHERE id = ?")) {
      demote.setInt(1, user);
      demote.executeUpdate();
    }
    return connection;
  }

  /** Demotes {@code user} as themself and commits; returns the SQLSTATE if refused, else "ok". */
  private String demoteAndCommit(int user) {
    try (Connection connection = app.getConnection()) {
      connection.setAutoCommit(false);
      actAs(connection, user);
      try (PreparedStatement demote =
          connection.prepareStatement("UPDATE segmint.users SET role = 'creator' WHERE id = ?")) {
        demote.setInt(1, user);
        demote.executeUpdate();
        connection.commit();
        return "ok";
      } catch (SQLException refused) {
        connection.rollback();
        return refused.getSQLState();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void actAs(Connection connection, int user) throws SQLException {
    try (PreparedStatement actor =
        connection.prepareStatement(
            "SELECT set_config('app.user_id', ?, true), set_config('app.role', 'admin', true)")) {
      actor.setString(1, Integer.toString(user));
      actor.execute();
    }
  }

  private void awaitWaitingForTheLastAdminLock() throws InterruptedException {
    for (int attempt = 0; attempt < 200; attempt++) {
      Integer waiting =
          superuser.queryForObject(
              "SELECT count(*) FROM pg_stat_activity"
                  + " WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'",
              Integer.class);
      if (waiting != null && waiting > 0) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the second demotion never waited for the first");
  }

  private void assertLastAdmin(ResultActions result) throws Exception {
    assertLastAdmin(result, admin);
  }

  private static void assertLastAdmin(ResultActions result, int lastAdmin) throws Exception {
    result
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("/problems/last-admin"))
        .andExpect(jsonPath("$.detail").value("user " + lastAdmin + " is the last active admin"));
  }

  private String etagOf(int user) throws Exception {
    return mvc.perform(get("/api/v1/users/" + user).header(HttpHeaders.AUTHORIZATION, bearer(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getHeader(HttpHeaders.ETAG);
  }

  private String bearer(int user) {
    return "Bearer " + issuer.issue(user, "admin").token();
  }

  private static String sqlStateOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
