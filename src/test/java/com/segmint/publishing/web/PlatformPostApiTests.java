package com.segmint.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import java.time.Year;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SegmintIntegrationTest
@AutoConfigureMockMvc
class PlatformPostApiTests {

  private static final String POSTS = "/api/v1/platform-posts";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int creator;
  private int content;
  private int linkedIn;
  private int xProfile;

  @BeforeEach
  void createCreatorWithTwoProfiles() {
    creator = fixtures.user("creator");
    content = fixtures.content(creator, "Launch", "We launch on Monday");
    linkedIn = fixtures.socialProfile(creator, "LinkedIn");
    xProfile = fixtures.socialProfile(creator, "Twitter");
  }

  @Test
  void shouldScheduleTwoProfilesInOneRequest() throws Exception {
    schedule(creator, "[%d, %d]".formatted(linkedIn, xProfile), inTwoDays())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[*].status").value(Matchers.everyItem(Matchers.is("scheduled"))))
        .andExpect(
            jsonPath("$[*].socialProfileId")
                .value(Matchers.containsInAnyOrder(linkedIn, xProfile)));

    mvc.perform(get(POSTS).param("contentId", "" + content).headers(auth(creator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.nextCursor").value(Matchers.nullValue()));
  }

  @Test
  void shouldScheduleNothingWhenOneProfileIsAnotherCreators() throws Exception {
    int strangersProfile = fixtures.socialProfile(fixtures.user("creator"), "Instagram");

    schedule(creator, "[%d, %d]".formatted(linkedIn, strangersProfile), inTwoDays())
        .andExpect(status().is4xxClientError())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("social_profile_id"));

    assertThat(postsOfContent()).isZero();
  }

  @Test
  void shouldRefuseATimeWithoutAZoneNamingScheduledTime() throws Exception {
    schedule(creator, "[%d]".formatted(linkedIn), "2027-01-15T09:00:00")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("scheduledTime"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("offset")));
    assertThat(postsOfContent()).isZero();
  }

  @Test
  void shouldRefuseATimeInThePastNamingTheField() throws Exception {
    schedule(creator, "[%d]".formatted(linkedIn), "2020-01-15T09:00:00Z")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("scheduledTime"));
    assertThat(postsOfContent()).isZero();
  }

  @Test
  void shouldStoreABerlinWinterMorningAsEightOClockUtc() throws Exception {
    int year = Year.now().getValue() + 2;
    int berlin = id(schedule(creator, "[%d]".formatted(linkedIn), year + "-01-15T09:00:00+01:00"));
    int zoned =
        id(
            schedule(
                creator,
                "[%d]".formatted(xProfile),
                year + "-01-15T09:00:00+01:00[Europe/Berlin]"));

    for (int post : new int[] {berlin, zoned}) {
      mvc.perform(get(POSTS + "/" + post).headers(auth(creator)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.scheduledTime").value(year + "-01-15T08:00:00Z"));
    }
  }

  @Test
  void shouldCancelAScheduledPostOnceThenAnswer404() throws Exception {
    int post = id(schedule(creator, "[%d]".formatted(linkedIn), inTwoDays()));

    mvc.perform(delete(POSTS + "/" + post).headers(auth(creator)))
        .andExpect(status().isNoContent());
    mvc.perform(delete(POSTS + "/" + post).headers(auth(creator))).andExpect(status().isNotFound());
    mvc.perform(get(POSTS + "/" + post).headers(auth(creator))).andExpect(status().isNotFound());
  }

  @Test
  void shouldRefuseToCancelAPostedPostWith409() throws Exception {
    int post = id(schedule(creator, "[%d]".formatted(linkedIn), inTwoDays()));
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.update(
                "UPDATE segmint.platform_post SET status = 'posted', posted_at = now()"
                    + " WHERE id = ?",
                post));

    mvc.perform(delete(POSTS + "/" + post).headers(auth(creator)))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void shouldHideMyPostFromAnotherCreator() throws Exception {
    int post = id(schedule(creator, "[%d]".formatted(linkedIn), inTwoDays()));
    int stranger = fixtures.user("creator");

    mvc.perform(get(POSTS + "/" + post).headers(auth(stranger))).andExpect(status().isNotFound());
    mvc.perform(delete(POSTS + "/" + post).headers(auth(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(get(POSTS).param("contentId", "" + content).headers(auth(stranger)))
        .andExpect(jsonPath("$.items.length()").value(0));
  }

  @Test
  void shouldPageByScheduledTimeAndFilterByStatus() throws Exception {
    schedule(creator, "[%d]".formatted(xProfile), OffsetDateTime.now().plusDays(3).toString());
    schedule(creator, "[%d]".formatted(linkedIn), OffsetDateTime.now().plusDays(2).toString());

    String first =
        mvc.perform(
                get(POSTS)
                    .param("contentId", "" + content)
                    .param("status", "scheduled")
                    .param("limit", "1")
                    .headers(auth(creator)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].socialProfileId").value(linkedIn))
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            get(POSTS)
                .param("contentId", "" + content)
                .param("limit", "1")
                .param("cursor", JsonPath.<String>read(first, "$.nextCursor"))
                .headers(auth(creator)))
        .andExpect(jsonPath("$.items[0].socialProfileId").value(xProfile));
    mvc.perform(
            get(POSTS)
                .param("contentId", "" + content)
                .param("status", "posted")
                .headers(auth(creator)))
        .andExpect(jsonPath("$.items.length()").value(0));
  }

  @Test
  void shouldRefuseAnUnknownStatusNamingIt() throws Exception {
    mvc.perform(get(POSTS).param("status", "sent").headers(auth(creator)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("status"));
  }

  @Test
  void shouldRefuseMoreThanTenProfiles() throws Exception {
    schedule(creator, "[1,2,3,4,5,6,7,8,9,10,11]", inTwoDays())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("socialProfileIds"));
  }

  private ResultActions schedule(int user, String profiles, String time) throws Exception {
    return mvc.perform(
        post(POSTS)
            .headers(auth(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"contentId": %d, "socialProfileIds": %s, "scheduledTime": "%s"}"""
                    .formatted(content, profiles, time)));
  }

  private static int id(ResultActions created) throws Exception {
    created.andExpect(status().isCreated());
    return JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$[0].id");
  }

  private static String inTwoDays() {
    return OffsetDateTime.now().plusDays(2).toString();
  }

  private HttpHeaders auth(int user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, "creator").token());
    return headers;
  }

  private int postsOfContent() {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.platform_post WHERE content_id = ?",
                Integer.class,
                content));
  }
}
