package com.segmint.users.web;

import static com.segmint.users.web.AccountRequests.PASSWORD;
import static com.segmint.users.web.AccountRequests.bearer;
import static com.segmint.users.web.AccountRequests.read;
import static com.segmint.users.web.AccountRequests.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Registration, login, the caller's own account and logout, through the real HTTP stack. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class AuthFlowTests {

  @Autowired MockMvc mvc;

  private AccountRequests api;

  @BeforeEach
  void notTheFirstUserOfTheInstallation() {
    api = new AccountRequests(mvc);
    new Fixtures(TestDatabase.get().app()).user("creator");
  }

  @Test
  void shouldRegisterLogInReadMeRefreshAndLogOut() throws Exception {
    String username = Fixtures.unique("flow");
    String id =
        read(
            api.register(username)
                .andExpect(status().isCreated())
                .andExpect(
                    header().string(HttpHeaders.LOCATION, matchesPattern("/api/v1/users/\\d+")))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.email").value(username + "@example.com"))
                .andExpect(jsonPath("$.role").value("creator"))
                .andExpect(jsonPath("$.timeZone").value("UTC"))
                .andExpect(jsonPath("$.createdAt").isNotEmpty()),
            "$.id");

    ResultActions login =
        api.login(username)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.tokenType").value("Bearer"))
            .andExpect(jsonPath("$.expiresIn").value(greaterThan(800)));
    String accessToken = read(login, "$.accessToken");
    String refreshToken = read(login, "$.refreshToken");

    mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(accessToken)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"v0\""))
        .andExpect(jsonPath("$.id").value(Integer.parseInt(id)))
        .andExpect(jsonPath("$.username").value(username));

    String nextRefreshToken =
        read(api.refresh(refreshToken).andExpect(status().isOk()), "$.refreshToken");
    api.logout(nextRefreshToken).andExpect(status().isNoContent());
    api.refresh(nextRefreshToken).andExpect(status().isUnauthorized());
  }

  @Test
  void shouldLogInWithTheEmailInAnyCase() throws Exception {
    String username = api.newUser();
    api.login((username + "@Example.COM").toUpperCase(), PASSWORD, uniqueAddress())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.accessToken").isNotEmpty());
  }

  @Test
  void shouldAnswerATakenUsernameOrEmailWith409() throws Exception {
    String username = api.newUser();
    api.register(username, Fixtures.unique("other") + "@example.com", PASSWORD)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("username"));
    api.register(Fixtures.unique("other"), username.toUpperCase() + "@example.com", PASSWORD)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("email"));
  }

  @Test
  void shouldRefuseInvalidRegistrationsNamingTheField() throws Exception {
    api.register(Fixtures.unique("short"), Fixtures.unique("s") + "@example.com", "too short")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("password"));
    api.register("bad name!", Fixtures.unique("b") + "@example.com", PASSWORD)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("username"));
    api.register(Fixtures.unique("mail"), "not-an-email", PASSWORD)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("email"));
    mvc.perform(
            AccountRequests.json(
                post("/api/v1/auth/register"),
                """
                {"username": "%s", "email": "%s@example.com", "password": "%s",
                 "timeZone": "Mars/Olympus_Mons"}"""
                    .formatted(Fixtures.unique("tz"), Fixtures.unique("tz"), PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("timeZone"));
  }

  @Test
  void shouldAnswerAWrongPasswordAndAnUnknownUserIdentically() throws Exception {
    String username = api.newUser();
    String wrongPassword =
        api.login(username, "not the password at all", uniqueAddress())
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String unknownUser =
        api.login(Fixtures.unique("nobody"), "not the password at all", uniqueAddress())
            .andExpect(status().isUnauthorized())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(wrongPassword).isEqualTo(unknownUser).contains("/problems/invalid-credentials");
  }

  @Test
  void shouldNeverAnswerWithThePasswordOrItsHash() throws Exception {
    String username = Fixtures.unique("secret");
    String registered = api.register(username).andReturn().getResponse().getContentAsString();
    ResultActions login = api.login(username);
    String me =
        mvc.perform(
                get("/api/v1/me")
                    .header(HttpHeaders.AUTHORIZATION, bearer(read(login, "$.accessToken"))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String body :
        new String[] {registered, login.andReturn().getResponse().getContentAsString(), me}) {
      assertThat(body).doesNotContain("argon2").doesNotContain("password").doesNotContain(PASSWORD);
    }
  }

  @Test
  void shouldChangeMyTimeZoneOnlyWithTheCurrentETag() throws Exception {
    String username = api.newUser();
    String token = read(api.login(username), "$.accessToken");

    mvc.perform(patchMe(token, null, "{\"timeZone\": \"Europe/Berlin\"}"))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(patchMe(token, "\"v0\"", "{\"timeZone\": \"Europe/Berlin\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"v1\""))
        .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"));
    mvc.perform(patchMe(token, "\"v0\"", "{\"timeZone\": \"Asia/Tokyo\"}"))
        .andExpect(status().isPreconditionFailed());
    mvc.perform(patchMe(token, "\"v1\"", "{\"timeZone\": \"Nowhere/Land\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("timeZone"));
    mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
        .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"));
  }

  private static MockHttpServletRequestBuilder patchMe(String token, String ifMatch, String body) {
    var request =
        AccountRequests.json(patch("/api/v1/me"), body)
            .header(HttpHeaders.AUTHORIZATION, bearer(token));
    return ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch);
  }
}
