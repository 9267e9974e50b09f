package com.segmint.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.common.ETags;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.time.Year;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft or scheduled post changes in place: its time, its text (checked against its platform
 * again) or its status, with the ETag it was read at; the database refuses the rest itself.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class PostRescheduleApiTests {

  private static final String POSTS = "/api/v1/platform-posts/";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int creator;
  private int content;
  private int post;

  @BeforeEach
  void scheduleAnXPost() {
    creator = fixtures.user("creator");
    content = fixtures.content(creator, "Launch", "We launch on Monday");
    post = fixtures.scheduledPost(creator, content, fixtures.socialProfile(creator, "Twitter"));
  }

  @Test
  void shouldMoveAPostToABerlinSummerMorningAndAnswerItsNewETag() throws Exception {
    int year = Year.now().getValue() + 2;
    String before = etag();

    change(Map.of("scheduledTime", year + "-07-15T09:00", "timeZone", "Europe/Berlin"), before)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scheduledTime").value(year + "-07-15T07:00:00Z"))
        .andExpect(jsonPath("$.status").value("scheduled"))
        .andExpect(header().string(HttpHeaders.ETAG, ETags.of(version(before) + 1)));
  }

  @Test
  void shouldNeedIfMatchAndRefuseAStaleOne() throws Exception {
    String before = etag();
    Map<String, Object> body = Map.of("text", "Changed words");

    change(body, null).andExpect(status().isPreconditionRequired());
    change(Map.of("text", "First change"), before).andExpect(status().isOk());
    change(body, before).andExpect(status().isPreconditionFailed());

    assertThat(storedText()).isEqualTo("First change");
  }

  @Test
  void shouldCheckANewTextAgainstThePlatformsRules() throws Exception {
    change(Map.of("text", "x".repeat(281)), etag())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("text"));
    assertThat(storedText()).isNull();

    change(Map.of("text", "Launch day is here. ".repeat(15), "thread", true), etag())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.threadParts.length()").value(Matchers.greaterThan(1)));
  }

  @Test
  void shouldScheduleADraftAgainOnlyOnceItsContentIsApproved() throws Exception {
    int approver = fixtures.user("team_member");
    int workflow = fixtures.workflow(creator, content, approver, "approver");
    assertThat(storedStatus()).as("opening the workflow unscheduled it").isEqualTo("draft");

    change(Map.of("status", "scheduled"), etag())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(Matchers.endsWith("content-not-approved")));
    assertThat(storedStatus()).isEqualTo("draft");

    approve(approver, workflow);
    change(Map.of("status", "scheduled"), etag())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("scheduled"));
  }

  @Test
  void shouldRefuseToChangeAPostThatIsPublishing() throws Exception {
    asSystem(
        "UPDATE segmint.platform_post SET status = 'publishing',"
            + " lease_until = now() + interval '5 minutes' WHERE id = ?");

    change(Map.of("text", "Too late"), etag()).andExpect(status().isConflict());
    assertThatThrownBy(
            () -> asSystem("UPDATE segmint.platform_post SET text_variant = 'x' WHERE id = ?"))
        .hasMessageContaining("only a draft or scheduled post can change");
  }

  @Test
  void shouldRefuseAPastTimeInTheApiAndInTheDatabase() throws Exception {
    change(Map.of("scheduledTime", "2020-01-15T09:00:00Z"), etag())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("scheduledTime"));

    assertThatThrownBy(
            () ->
                asSystem(
                    "UPDATE segmint.platform_post SET scheduled_time = now() - interval '1 hour'"
                        + " WHERE id = ?"))
        .hasMessageContaining("must be in the future");
  }

  @Test
  void shouldAnswer404ToAnotherCreatorAndChangeNothing() throws Exception {
    String before = etag();
    mvc.perform(
            patch(POSTS + post)
                .headers(auth(fixtures.user("creator"), "creator"))
                .header(HttpHeaders.IF_MATCH, before)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Not yours\"}"))
        .andExpect(status().isNotFound());
    assertThat(etag()).isEqualTo(before);
  }

  private ResultActions change(Map<String, Object> body, String ifMatch) throws Exception {
    MockHttpServletRequestBuilder call =
        patch(POSTS + post)
            .headers(auth(creator, "creator"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(JsonMapper.shared().writeValueAsString(body));
    return mvc.perform(ifMatch == null ? call : call.header(HttpHeaders.IF_MATCH, ifMatch));
  }

  private void approve(int approver, int workflow) throws Exception {
    mvc.perform(
            post("/api/v1/workflows/" + workflow + "/decisions")
                .headers(auth(approver, "team_member"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"approve\"}"))
        .andExpect(status().isCreated());
  }

  private String etag() throws Exception {
    return mvc.perform(get(POSTS + post).headers(auth(creator, "creator")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getHeader(HttpHeaders.ETAG);
  }

  private static int version(String etag) {
    return ETags.versionOf(etag);
  }

  private String storedText() {
    return read("SELECT text_variant FROM segmint.platform_post WHERE id = ?");
  }

  private String storedStatus() {
    return read("SELECT status::text FROM segmint.platform_post WHERE id = ?");
  }

  private String read(String query) {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql -> sql.queryForObject(query, String.class, post));
  }

  private void asSystem(String update) {
    Sessions.run(TestDatabase.get().app(), DatabaseActor.system(), sql -> sql.update(update, post));
  }

  private HttpHeaders auth(int user, String role) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, role).token());
    return headers;
  }
}
