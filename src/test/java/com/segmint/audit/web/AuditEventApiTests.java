package com.segmint.audit.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.time.OffsetDateTime;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SegmintIntegrationTest
@AutoConfigureMockMvc
class AuditEventApiTests {

  private static final String EVENTS = "/api/v1/audit-events";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int creator;
  private int content;

  @BeforeEach
  void createAndEditContent() {
    creator = fixtures.user("creator");
    content = fixtures.content(creator, "Draft title", "Body");
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.user(creator, "creator"),
        sql ->
            sql.update("UPDATE segmint.content SET title = 'Final title' WHERE id = ?", content));
  }

  @Test
  void shouldShowAnAdminTheInsertAndUpdateOfAContent() throws Exception {
    mvc.perform(
            get(EVENTS)
                .param("table", "content")
                .param("rowId", "" + content)
                .headers(auth(fixtures.user("admin"), "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].action").value(Matchers.contains("UPDATE", "INSERT")))
        .andExpect(jsonPath("$.items[0].table").value("content"))
        .andExpect(jsonPath("$.items[0].rowId").value("" + content))
        .andExpect(jsonPath("$.items[0].actorId").value(creator))
        .andExpect(jsonPath("$.items[0].actorRole").value("creator"))
        .andExpect(jsonPath("$.items[0].transactionId").isNumber())
        .andExpect(jsonPath("$.items[0].occurredAt").isString())
        .andExpect(jsonPath("$.items[0].oldRow.title").value("Draft title"))
        .andExpect(jsonPath("$.items[0].newRow.title").value("Final title"))
        .andExpect(jsonPath("$.items[1].oldRow").value(Matchers.nullValue()))
        .andExpect(jsonPath("$.items[1].newRow.title").value("Draft title"));
  }

  @Test
  void shouldRefuseACreatorWith403Problem() throws Exception {
    mvc.perform(get(EVENTS).param("table", "content").headers(auth(creator, "creator")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void shouldFilterByActorAndTimeAndPageNewestFirst() throws Exception {
    HttpHeaders admin = auth(fixtures.user("admin"), "admin");
    String page =
        mvc.perform(
                get(EVENTS)
                    .param("actorId", "" + creator)
                    .param("table", "content")
                    .param("from", OffsetDateTime.now().minusHours(1).toString())
                    .param("limit", "1")
                    .headers(admin))
            .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            get(EVENTS)
                .param("actorId", "" + creator)
                .param("table", "content")
                .param("limit", "1")
                .param("cursor", JsonPath.<String>read(page, "$.nextCursor"))
                .headers(admin))
        .andExpect(jsonPath("$.items[0].action").value("INSERT"));
    mvc.perform(
            get(EVENTS)
                .param("actorId", "" + creator)
                .param("to", OffsetDateTime.now().minusHours(1).toString())
                .headers(admin))
        .andExpect(jsonPath("$.items.length()").value(0));
  }

  @Test
  void shouldRefuseATimeWithoutOffsetNamingIt() throws Exception {
    mvc.perform(
            get(EVENTS)
                .param("from", "2026-12-01T00:00:00")
                .headers(auth(fixtures.user("admin"), "admin")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("from"));
  }

  private HttpHeaders auth(int user, String role) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, role).token());
    return headers;
  }
}
