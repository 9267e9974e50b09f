package com.segmint.users.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SegmintIntegrationTest
@AutoConfigureMockMvc
class SocialProfileApiTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer tokens;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());

  @Test
  void shouldConnectListAndDisconnectWithoutEverReturningTokens() throws Exception {
    int creator = fixtures.user("creator");
    String body =
        """
        {"platform": "LinkedIn", "handle": "%s", "accessToken": "AQX-secret-access",
         "refreshToken": "AQX-secret-refresh", "expiresAt": "%s"}"""
            .formatted(Fixtures.unique("acme"), OffsetDateTime.now().plusDays(30));

    String created =
        mvc.perform(
                post("/api/v1/social-profiles")
                    .header(HttpHeaders.AUTHORIZATION, bearer(creator, "creator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.hasRefreshToken").value(true))
            .andReturn()
            .getResponse()
            .getContentAsString();
    int id = Integer.parseInt(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
    String listed =
        mvc.perform(
                get("/api/v1/social-profiles")
                    .header(HttpHeaders.AUTHORIZATION, bearer(creator, "creator")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].id").value(id))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(created + listed).doesNotContain("AQX-secret", "accessToken", "refreshToken\"");
    mvc.perform(
            delete("/api/v1/social-profiles/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(creator, "creator")))
        .andExpect(status().isNoContent());
    mvc.perform(
            get("/api/v1/social-profiles/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer(creator, "creator")))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldHideAnotherCreatorsProfile() throws Exception {
    int owner = fixtures.user("creator");
    int profile = fixtures.socialProfile(owner, "YouTube");
    int stranger = fixtures.user("creator");

    mvc.perform(
            get("/api/v1/social-profiles/" + profile)
                .header(HttpHeaders.AUTHORIZATION, bearer(stranger, "creator")))
        .andExpect(status().isNotFound());
    mvc.perform(
            delete("/api/v1/social-profiles/" + profile)
                .header(HttpHeaders.AUTHORIZATION, bearer(stranger, "creator")))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldRefuseAnUnknownPlatformNamingTheField() throws Exception {
    int creator = fixtures.user("creator");
    mvc.perform(
            post("/api/v1/social-profiles")
                .header(HttpHeaders.AUTHORIZATION, bearer(creator, "creator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"platform\": \"MySpace\", \"handle\": \"x\", \"accessToken\": \"t\","
                        + " \"expiresAt\": \"2030-01-01T00:00:00Z\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("platform"));
  }

  @Test
  void shouldLetOnlyAnAdminRotateTheTokenKey() throws Exception {
    int creator = fixtures.user("creator");
    int admin = fixtures.user("admin");
    mvc.perform(
            post("/api/v1/admin/token-key-rotations")
                .header(HttpHeaders.AUTHORIZATION, bearer(creator, "creator")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("/problems/forbidden"));
    mvc.perform(
            post("/api/v1/admin/token-key-rotations")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin, "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reEncrypted").isNumber());
  }

  private String bearer(int user, String role) {
    return "Bearer " + tokens.issue(user, role).token();
  }
}
