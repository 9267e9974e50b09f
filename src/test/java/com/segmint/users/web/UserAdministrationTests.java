package com.segmint.users.web;

import static com.segmint.users.web.AccountRequests.bearer;
import static com.segmint.users.web.AccountRequests.json;
import static com.segmint.users.web.AccountRequests.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Admins list, read, re-role, delete and erase accounts; nobody else may. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class UserAdministrationTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private final JdbcTemplate superuser = new JdbcTemplate(TestDatabase.get().superuser());
  private AccountRequests api;
  private String admin;

  @BeforeEach
  void setUp() {
    api = new AccountRequests(mvc);
    admin = bearer(issuer.issue(fixtures.user("admin"), "admin").token());
  }

  @Test
  void shouldForbidACreatorTheUserList() throws Exception {
    String creator = bearer(issuer.issue(fixtures.user("creator"), "creator").token());
    mvc.perform(get("/api/v1/users").header(HttpHeaders.AUTHORIZATION, creator))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/forbidden"));
  }

  @Test
  void shouldPageThroughEveryUserByIdWithoutRepeats() throws Exception {
    for (int user = 0; user < 7; user++) {
      fixtures.user("creator");
    }
    Set<Integer> seen = new HashSet<>();
    String cursor = "";
    int lastId = 0;
    for (int page = 0; page < 3; page++) {
      ResultActions result =
          mvc.perform(
                  get("/api/v1/users?limit=2&cursor=" + cursor)
                      .header(HttpHeaders.AUTHORIZATION, admin))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.items", hasSize(2)));
      List<Integer> ids =
          JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.items[*].id");
      assertThat(ids).isSorted().allMatch(seen::add);
      assertThat(ids.get(0)).isGreaterThan(lastId);
      lastId = ids.get(1);
      cursor = read(result, "$.nextCursor");
    }
    assertThat(seen).hasSize(6);
  }

  @Test
  void shouldChangeARoleWithTheCurrentETagAndRefuseAnUnknownRole() throws Exception {
    int user = fixtures.user("creator");
    String etag =
        mvc.perform(get("/api/v1/users/" + user).header(HttpHeaders.AUTHORIZATION, admin))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader(HttpHeaders.ETAG);

    mvc.perform(changeRole(user, etag, "overlord"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("role"));
    mvc.perform(changeRole(user, etag, "team_member"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.role").value("team_member"));
    mvc.perform(changeRole(user, etag, "admin")).andExpect(status().isPreconditionFailed());
  }

  @Test
  void shouldAnswer404ForAUserThatDoesNotExist() throws Exception {
    mvc.perform(get("/api/v1/users/2000000000").header(HttpHeaders.AUTHORIZATION, admin))
        .andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/users/2000000000").header(HttpHeaders.AUTHORIZATION, admin))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldEndEverySessionOfADeletedUserAtOnce() throws Exception {
    String username = api.newUser();
    ResultActions login = api.login(username);
    String token = bearer(read(login, "$.accessToken"));
    String id =
        read(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, token)), "$.id");

    mvc.perform(delete("/api/v1/users/" + id).header(HttpHeaders.AUTHORIZATION, admin))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isUnauthorized());
    api.login(username).andExpect(status().isUnauthorized());
    api.refresh(read(login, "$.refreshToken")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/users/" + id).header(HttpHeaders.AUTHORIZATION, admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deletedAt").isNotEmpty());
  }

  @Test
  void shouldEraseAUserButKeepTheirContentWithoutAnAuthor() throws Exception {
    String username = api.newUser();
    String email = username + "@example.com";
    api.login(username).andExpect(status().isOk());
    int id = Integer.parseInt(idOf(username));
    int content = fixtures.content(id, "Kept after erasure", "history stays");

    mvc.perform(post("/api/v1/users/" + id + "/erasure").header(HttpHeaders.AUTHORIZATION, admin))
        .andExpect(status().isNoContent());

    assertThat(
            superuser.queryForObject(
                "SELECT user_id FROM segmint.content WHERE id = ?", Integer.class, content))
        .isNull();
    assertThat(count("SELECT count(*) FROM segmint.users WHERE lower(email) = lower(?)", email))
        .isZero();
    assertThat(count("SELECT count(*) FROM segmint.users WHERE username = ?", username)).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM segmint.audit_event"
                    + " WHERE coalesce(old_row::text, '') || coalesce(new_row::text, '') ILIKE ?",
                "%" + username + "%"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM segmint.audit_event WHERE table_name = 'users'"
                    + " AND row_id = ? AND action = 'DELETE'",
                Integer.toString(id)))
        .isOne();
  }

  @Test
  void shouldLetOnlyAnAdminErase() throws Exception {
    int victim = fixtures.user("creator");
    String creator = bearer(issuer.issue(fixtures.user("creator"), "creator").token());
    mvc.perform(
            post("/api/v1/users/" + victim + "/erasure").header(HttpHeaders.AUTHORIZATION, creator))
        .andExpect(status().isForbidden());
    assertThat(count("SELECT count(*) FROM segmint.users WHERE id = ?", victim)).isOne();
  }

  private String idOf(String username) {
    return superuser.queryForObject(
        "SELECT id::text FROM segmint.users WHERE username = ?", String.class, username);
  }

  private int count(String sql, Object... arguments) {
    return superuser.queryForObject(sql, Integer.class, arguments);
  }

  private MockHttpServletRequestBuilder changeRole(int user, String etag, String role) {
    return json(put("/api/v1/users/" + user + "/role"), "{\"role\": \"%s\"}".formatted(role))
        .header(HttpHeaders.AUTHORIZATION, admin)
        .header(HttpHeaders.IF_MATCH, etag);
  }
}
