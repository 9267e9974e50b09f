package com.segmint.analytics.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@SegmintIntegrationTest
@AutoConfigureMockMvc
class PostStatsApiTests {

  private static final String STATS = "/api/v1/analytics/post-stats";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int me;
  private int other;

  @BeforeEach
  void scheduleAPostForTwoCreatorsAndRefresh() {
    me = creatorWithAScheduledPost();
    other = creatorWithAScheduledPost();
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql -> sql.queryForList("SELECT segmint.refresh_analytics()"));
  }

  @Test
  void shouldShowMeOnlyMyStatistics() throws Exception {
    mvc.perform(get(STATS).headers(auth(me, "creator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].userId").value(me))
        .andExpect(jsonPath("$[0].platformId").isNumber())
        .andExpect(jsonPath("$[0].month").value(Matchers.endsWith("-01T00:00:00Z")))
        .andExpect(jsonPath("$[0].totalPosts").value(1))
        .andExpect(jsonPath("$[0].scheduled").value(1))
        .andExpect(jsonPath("$[0].posted").value(0))
        .andExpect(jsonPath("$[0].failed").value(0))
        .andExpect(jsonPath("$[0].unknown").value(0));
  }

  @Test
  void shouldShowAnAdminEveryonesStatistics() throws Exception {
    mvc.perform(get(STATS).headers(auth(fixtures.user("admin"), "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].userId").value(Matchers.hasItems(me, other)));
  }

  private int creatorWithAScheduledPost() {
    int creator = fixtures.user("creator");
    int content = fixtures.content(creator, "Stats", "Body");
    fixtures.scheduledPost(creator, content, fixtures.socialProfile(creator, "LinkedIn"));
    return creator;
  }

  private HttpHeaders auth(int user, String role) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, role).token());
    return headers;
  }
}
