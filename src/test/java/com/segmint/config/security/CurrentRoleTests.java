package com.segmint.config.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A request acts with the role its user has now, not the one its access token was issued with: a
 * role change rules from the user's next request, and the look-up behind it is cached, so a warm
 * request costs no query.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class CurrentRoleTests {

  private static final String ROLE_CACHE = "user-roles";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;
  @Autowired MeterRegistry metrics;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());

  @Test
  void shouldRefuseADemotedAdminsNextRequestWithTheSameToken() throws Exception {
    int demoted = fixtures.user("admin");
    String token = bearer(demoted, "admin");
    int creator = fixtures.user("creator");
    int content = fixtures.content(creator, "Private", "Only its owner and admins see it");
    call(token, "/api/v1/users").andExpect(status().isOk());
    call(token, "/api/v1/contents/" + content).andExpect(status().isOk());

    changeRole(demoted, "creator").andExpect(status().isOk());

    call(token, "/api/v1/users").andExpect(status().isForbidden());
    call(token, "/api/v1/contents/" + content).andExpect(status().isNotFound());
  }

  @Test
  void shouldLetAPromotedUserActAsAdminWithTheTokenTheyHave() throws Exception {
    int promoted = fixtures.user("creator");
    String token = bearer(promoted, "creator");
    call(token, "/api/v1/users").andExpect(status().isForbidden());

    changeRole(promoted, "admin").andExpect(status().isOk());

    call(token, "/api/v1/users").andExpect(status().isOk());
  }

  @Test
  void shouldIgnoreTheRoleATokenClaims() throws Exception {
    String claimsAdmin = bearer(fixtures.user("creator"), "admin");
    call(claimsAdmin, "/api/v1/users").andExpect(status().isForbidden());
    call(claimsAdmin, "/api/v1/audit-events").andExpect(status().isForbidden());
  }

  @Test
  void shouldLookTheRoleUpOnceAndThenServeItFromTheCache() throws Exception {
    int creator = fixtures.user("creator");
    String token = bearer(creator, "creator");
    String path = "/api/v1/contents/" + fixtures.content(creator, "Cached", "Read often");
    double missesBefore = gets("miss");
    double hitsBefore = gets("hit");

    for (int request = 0; request < 21; request++) {
      call(token, path).andExpect(status().isOk());
    }

    assertThat(gets("miss") - missesBefore).as("look-ups that queried").isEqualTo(1);
    assertThat(gets("hit") - hitsBefore).as("look-ups from the cache").isEqualTo(20);
  }

  private double gets(String result) {
    return metrics
        .get("cache.gets")
        .tags("cache", ROLE_CACHE, "result", result)
        .functionCounter()
        .count();
  }

  private ResultActions changeRole(int user, String role) throws Exception {
    String admin = bearer(fixtures.user("admin"), "admin");
    String etag =
        call(admin, "/api/v1/users/" + user).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    return mvc.perform(
        put("/api/v1/users/" + user + "/role")
            .header(HttpHeaders.AUTHORIZATION, admin)
            .header(HttpHeaders.IF_MATCH, etag)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"role\": \"" + role + "\"}"));
  }

  private ResultActions call(String bearer, String path) throws Exception {
    return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer));
  }

  private String bearer(int user, String role) {
    return "Bearer " + issuer.issue(user, role).token();
  }
}
