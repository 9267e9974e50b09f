package com.segmint.publishing.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SegmintIntegrationTest
@AutoConfigureMockMvc
class PlatformApiTests {

  private static final String PLATFORMS = "/api/v1/platforms";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());

  @Test
  void shouldListTheCatalogForAnyUser() throws Exception {
    mvc.perform(get(PLATFORMS).header(HttpHeaders.AUTHORIZATION, bearer("creator")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[*].code")
                .value(Matchers.hasItems("LinkedIn", "Twitter", "Instagram", "YouTube")))
        .andExpect(jsonPath("$[0].apiEndpoint").value(Matchers.startsWith("https://")));
  }

  @Test
  void shouldGetOnePlatformWithItsETag() throws Exception {
    int id = idOf("LinkedIn");
    mvc.perform(get(PLATFORMS + "/" + id).header(HttpHeaders.AUTHORIZATION, bearer("team_member")))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, Matchers.matchesPattern("\"v\\d+\"")))
        .andExpect(jsonPath("$.code").value("LinkedIn"));
  }

  @Test
  void shouldAnswer404ForAnUnknownPlatform() throws Exception {
    mvc.perform(get(PLATFORMS + "/999999").header(HttpHeaders.AUTHORIZATION, bearer("creator")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void shouldRefuseWritesByACreatorWith403Problem() throws Exception {
    String creator = bearer("creator");
    int id = idOf("YouTube");
    mvc.perform(
            post(PLATFORMS)
                .header(HttpHeaders.AUTHORIZATION, creator)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("Mine", "LinkedIn", "https://example.com")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403));
    mvc.perform(
            put(PLATFORMS + "/" + id)
                .header(HttpHeaders.AUTHORIZATION, creator)
                .header(HttpHeaders.IF_MATCH, "\"v0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("Mine", "YouTube", "https://example.com")))
        .andExpect(status().isForbidden());
    mvc.perform(delete(PLATFORMS + "/" + id).header(HttpHeaders.AUTHORIZATION, creator))
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldLetAnAdminUpdateAPlatformAndRefuseASecondOfTheSameCode() throws Exception {
    String admin = bearer("admin");
    int id = idOf("Instagram");
    String original = platformJson(id, admin);
    String etag =
        mvc.perform(get(PLATFORMS + "/" + id).header(HttpHeaders.AUTHORIZATION, admin))
            .andReturn()
            .getResponse()
            .getHeader(HttpHeaders.ETAG);
    String renamed = Fixtures.unique("Instagram");
    try {
      mvc.perform(
              put(PLATFORMS + "/" + id)
                  .header(HttpHeaders.AUTHORIZATION, admin)
                  .header(HttpHeaders.IF_MATCH, etag)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body(renamed, "Instagram", "https://graph.example.com/v2")))
          .andExpect(status().isOk())
          .andExpect(header().string(HttpHeaders.ETAG, Matchers.not(etag)))
          .andExpect(jsonPath("$.name").value(renamed));
      mvc.perform(get(PLATFORMS).header(HttpHeaders.AUTHORIZATION, admin))
          .andExpect(jsonPath("$[?(@.code == 'Instagram')].name").value(renamed));
      mvc.perform(
              post(PLATFORMS)
                  .header(HttpHeaders.AUTHORIZATION, admin)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body(Fixtures.unique("copy"), "Instagram", "https://api.example.com")))
          .andExpect(status().isConflict())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    } finally {
      restore(id, original, admin);
    }
  }

  @Test
  void shouldRefuseAnUpdateWithoutOrWithAStaleETag() throws Exception {
    String admin = bearer("admin");
    int id = idOf("Twitter");
    String unchanged = body("X (Twitter)", "Twitter", "https://api.x.com/2");
    mvc.perform(
            put(PLATFORMS + "/" + id)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(unchanged))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            put(PLATFORMS + "/" + id)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .header(HttpHeaders.IF_MATCH, "\"v999\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(unchanged))
        .andExpect(status().isPreconditionFailed());
  }

  @Test
  void shouldNameTheInvalidField() throws Exception {
    mvc.perform(
            post(PLATFORMS)
                .header(HttpHeaders.AUTHORIZATION, bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("Mastodon", "Mastodon", "https://mastodon.social")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("code"));
    mvc.perform(
            post(PLATFORMS)
                .header(HttpHeaders.AUTHORIZATION, bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("Plain", "LinkedIn", "http://api.example.com")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("apiEndpoint"));
  }

  @Test
  void shouldDocumentTheErrorsOfEveryOperation() throws Exception {
    String update = "$.paths['/api/v1/platforms/{id}'].put.responses";
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath(update + "['403']").exists())
        .andExpect(jsonPath(update + "['412']").exists())
        .andExpect(jsonPath(update + "['428']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/platform-posts'].post.responses['422']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/workflows/{id}'].delete.responses['403']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/audit-events'].get.responses['403']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/analytics/post-stats'].get").exists());
  }

  @Test
  void shouldRefuseToDeleteAPlatformThatProfilesUse() throws Exception {
    int creator = fixtures.user("creator");
    fixtures.socialProfile(creator, "LinkedIn");
    mvc.perform(
            delete(PLATFORMS + "/" + idOf("LinkedIn"))
                .header(HttpHeaders.AUTHORIZATION, bearer("admin")))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private void restore(int id, String original, String admin) throws Exception {
    String etag =
        mvc.perform(get(PLATFORMS + "/" + id).header(HttpHeaders.AUTHORIZATION, admin))
            .andReturn()
            .getResponse()
            .getHeader(HttpHeaders.ETAG);
    mvc.perform(
            put(PLATFORMS + "/" + id)
                .header(HttpHeaders.AUTHORIZATION, admin)
                .header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body(
                        JsonPath.read(original, "$.name"),
                        JsonPath.read(original, "$.code"),
                        JsonPath.read(original, "$.apiEndpoint"))))
        .andExpect(status().isOk());
  }

  private String platformJson(int id, String token) throws Exception {
    return mvc.perform(get(PLATFORMS + "/" + id).header(HttpHeaders.AUTHORIZATION, token))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private int idOf(String code) throws Exception {
    String list =
        mvc.perform(get(PLATFORMS).header(HttpHeaders.AUTHORIZATION, bearer("creator")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.<net.minidev.json.JSONArray>read(list, "$[?(@.code == '" + code + "')].id")
        .stream()
        .mapToInt(value -> (Integer) value)
        .findFirst()
        .orElseThrow();
  }

  private String bearer(String role) {
    return "Bearer " + issuer.issue(fixtures.user(role), role).token();
  }

  private static String body(String name, String code, String apiEndpoint) {
    return """
        {"name": "%s", "code": "%s", "apiEndpoint": "%s"}"""
        .formatted(name, code, apiEndpoint);
  }
}
