package com.segmint.users.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfiles;
import java.time.OffsetDateTime;
import java.util.Map;
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
import tools.jackson.databind.json.JsonMapper;

/** An owner renames a connected account's handle with its ETag; its tokens stay untouched. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class SocialProfileChangeTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer tokens;
  @Autowired SocialProfiles profiles;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private final JdbcTemplate superuser = new JdbcTemplate(TestDatabase.get().superuser());
  private int owner;

  @BeforeEach
  void createAnOwner() {
    owner = fixtures.user("creator");
  }

  @Test
  void shouldChangeTheHandleWithTheCurrentETagAndKeepTheTokens() throws Exception {
    int id = connect("LinkedIn", Fixtures.unique("old"));
    Map<String, Object> storedBefore = storedTokens(id);
    String etag = etagOf(id);
    String handle = Fixtures.unique("new");

    change(id, etag, handle)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.handle").value(handle))
        .andExpect(header().string(HttpHeaders.ETAG, etagOf(id)));

    assertThat(etagOf(id)).isNotEqualTo(etag);
    assertThat(storedTokens(id)).isEqualTo(storedBefore);
    ProfileTokens decrypted =
        DatabaseActors.callAs(
            DatabaseActor.user(owner, "creator"), () -> profiles.tokens(id).orElseThrow());
    assertThat(decrypted.accessToken()).isEqualTo("access-secret");
    assertThat(decrypted.refreshToken()).isEqualTo("refresh-secret");
  }

  @Test
  void shouldRequireIfMatchAndRefuseAStaleOne() throws Exception {
    int id = connect("Twitter", Fixtures.unique("x"));
    String stale = etagOf(id);
    change(id, stale, Fixtures.unique("first")).andExpect(status().isOk());

    change(id, null, Fixtures.unique("no_tag"))
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.type").value("/problems/precondition-required"));
    change(id, stale, Fixtures.unique("stale"))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value("/problems/precondition-failed"));
  }

  @Test
  void shouldAnswerAHandleTheOwnerAlreadyHasOnThePlatformWith409() throws Exception {
    String taken = Fixtures.unique("taken");
    connect("Instagram", taken);
    int id = connect("Instagram", Fixtures.unique("other"));

    change(id, etagOf(id), taken)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("handle"));
    mvc.perform(get("/api/v1/social-profiles/" + id).header(HttpHeaders.AUTHORIZATION, bearer()))
        .andExpect(jsonPath("$.handle").value(not(taken)));
  }

  @Test
  void shouldRefuseABlankLongOrControlCharacterHandleNamingTheField() throws Exception {
    int id = connect("YouTube", Fixtures.unique("yt"));
    for (String bad : new String[] {"", "   ", "x".repeat(101), "a\u0000b", "tab\there"}) {
      change(id, etagOf(id), bad)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value("handle"));
    }
  }

  @Test
  void shouldHideAnotherCreatorsProfile() throws Exception {
    int othersProfile = fixtures.socialProfile(fixtures.user("creator"), "LinkedIn");
    change(othersProfile, "\"v0\"", Fixtures.unique("mine_now")).andExpect(status().isNotFound());
    assertThat(
            superuser.queryForObject(
                "SELECT version FROM segmint.social_profile WHERE id = ?",
                Integer.class,
                othersProfile))
        .isZero();
  }

  private int connect(String platform, String handle) throws Exception {
    String created =
        mvc.perform(
                post("/api/v1/social-profiles")
                    .header(HttpHeaders.AUTHORIZATION, bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"platform": "%s", "handle": "%s", "accessToken": "access-secret",
                         "refreshToken": "refresh-secret", "expiresAt": "%s"}"""
                            .formatted(platform, handle, OffsetDateTime.now().plusDays(30))))
            .andExpect(status().isCreated())
            .andExpect(header().exists(HttpHeaders.ETAG))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Integer.parseInt(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  private ResultActions change(int id, String etag, String handle) throws Exception {
    MockHttpServletRequestBuilder request =
        patch("/api/v1/social-profiles/" + id)
            .header(HttpHeaders.AUTHORIZATION, bearer())
            .contentType(MediaType.APPLICATION_JSON)
            .content(JSON.writeValueAsString(Map.of("handle", handle)));
    if (etag != null) {
      request.header(HttpHeaders.IF_MATCH, etag);
    }
    return mvc.perform(request);
  }

  private String etagOf(int id) throws Exception {
    return mvc.perform(
            get("/api/v1/social-profiles/" + id).header(HttpHeaders.AUTHORIZATION, bearer()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getHeader(HttpHeaders.ETAG);
  }

  private Map<String, Object> storedTokens(int id) {
    return superuser.queryForMap(
        "SELECT access_token, refresh_token, expires_at FROM segmint.social_profile WHERE id = ?",
        id);
  }

  private String bearer() {
    return "Bearer " + tokens.issue(owner, "creator").token();
  }
}
