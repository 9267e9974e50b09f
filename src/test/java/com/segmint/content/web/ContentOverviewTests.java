package com.segmint.content.web;

import static com.segmint.content.web.ContentApi.CONTENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The spec's query patterns as endpoints: recent content (CTE), latest per platform (window), posts
 * (join).
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class ContentOverviewTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private ContentApi api;
  private int author;

  @BeforeEach
  void setUp() {
    api = new ContentApi(mvc, issuer);
    author = fixtures.user("creator");
  }

  @Test
  void shouldListOnlyTheCallersContentOfTheLastDays() throws Exception {
    int old = fixtures.content(author, "Old", "from last month");
    int fresh = fixtures.content(author, "Fresh", "from today");
    fixtures.content(fixtures.user("creator"), "Theirs", "not mine");
    ageByDays(old, 40);

    assertThat(idsOf(recent("30"))).containsExactly(fresh);
    assertThat(idsOf(recent("60"))).containsExactly(fresh, old);
    api.as(author, get(CONTENTS + "/recent")).andExpect(jsonPath("$.items[0].id").value(fresh));
  }

  @Test
  void shouldPageRecentContent() throws Exception {
    int first = fixtures.content(author, "One", "1");
    int second = fixtures.content(author, "Two", "2");
    int third = fixtures.content(author, "Three", "3");

    ResultActions page = api.as(author, get(CONTENTS + "/recent").param("limit", "2"));
    String cursor = ContentApi.read(page, "$.nextCursor");
    ResultActions next =
        api.as(author, get(CONTENTS + "/recent").param("limit", "2").param("cursor", cursor));

    assertThat(idsOf(page)).containsExactly(third, second);
    assertThat(idsOf(next)).containsExactly(first);
    next.andExpect(jsonPath("$.nextCursor").doesNotExist());
  }

  @Test
  void shouldRefuseDaysOutOfRangeNamingIt() throws Exception {
    recent("0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("days"));
    recent("367").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("days"));
    recent("soon").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("days"));
  }

  @Test
  void shouldGiveTheNewestScheduledContentPerPlatform() throws Exception {
    int linkedIn = fixtures.socialProfile(author, "LinkedIn");
    int x = fixtures.socialProfile(author, "Twitter");
    int older = fixtures.content(author, "Older", "to both");
    int newer = fixtures.content(author, "Newer", "to LinkedIn");
    fixtures.content(author, "Newest", "never scheduled");
    fixtures.scheduledPost(author, older, linkedIn);
    fixtures.scheduledPost(author, older, x);
    fixtures.scheduledPost(author, newer, linkedIn);

    api.as(author, get(CONTENTS + "/latest-per-platform"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].platform").value("LinkedIn"))
        .andExpect(jsonPath("$[0].contentId").value(newer))
        .andExpect(jsonPath("$[1].platform").value("X (Twitter)"))
        .andExpect(jsonPath("$[1].contentId").value(older));
    api.as(fixtures.user("creator"), get(CONTENTS + "/latest-per-platform"))
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void shouldListAContentsPostsWithTheirPlatformAndStatus() throws Exception {
    int linkedIn = fixtures.socialProfile(author, "LinkedIn");
    int instagram = fixtures.socialProfile(author, "Instagram");
    int content = fixtures.content(author, "Launch", "We ship");
    int first = fixtures.scheduledPost(author, content, linkedIn);
    int second = fixtures.scheduledPost(author, content, instagram);
    int reviewer = fixtures.user("team_member");
    fixtures.workflow(author, content, reviewer, "reviewer");

    ResultActions posts =
        api.as(author, get(CONTENTS + "/" + content + "/posts"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].platform").value("LinkedIn"))
            .andExpect(jsonPath("$[1].platform").value("Instagram"))
            // opening the workflow took the scheduled posts back to draft until it is approved
            .andExpect(jsonPath("$[0].status").value("draft"))
            .andExpect(jsonPath("$[0].scheduledTime").isNotEmpty())
            .andExpect(jsonPath("$[0].remoteUrl").doesNotExist());
    assertThat(ContentApi.<List<Integer>>read(posts, "$[*].id")).containsExactly(first, second);
    api.perform(reviewer, "team_member", get(CONTENTS + "/" + content + "/posts"))
        .andExpect(jsonPath("$.length()").value(2));
    api.as(fixtures.user("creator"), get(CONTENTS + "/" + content + "/posts"))
        .andExpect(status().isNotFound());
  }

  private ResultActions recent(String days) throws Exception {
    return api.as(author, get(CONTENTS + "/recent").param("days", days));
  }

  private static List<Integer> idsOf(ResultActions result) throws Exception {
    return ContentApi.read(result, "$.items[*].id");
  }

  private void ageByDays(int content, int days) {
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.user(author, "creator"),
        sql ->
            sql.update(
                "UPDATE segmint.content SET created_at = now() - make_interval(days => ?) WHERE id = ?",
                days,
                content));
  }
}
