package com.segmint.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Scheduling with per-platform posts: each platform's rules, media, threads and time zones. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class SchedulingApiTests {

  private static final String POSTS = "/api/v1/platform-posts";
  private static final int YEAR = Year.now().getValue() + 1;
  private static final String LATER = YEAR + "-11-20T10:00:00Z";
  private static final String SENTENCE = "Segmint schedules every post at the right time. ";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int creator;
  private int content;
  private int x;
  private int linkedIn;
  private int instagram;
  private int youTube;

  @BeforeEach
  void createCreatorWithEveryPlatform() {
    creator = fixtures.user("creator");
    content = fixtures.content(creator, "Launch day", "We launch on Monday");
    x = fixtures.socialProfile(creator, "Twitter");
    linkedIn = fixtures.socialProfile(creator, "LinkedIn");
    instagram = fixtures.socialProfile(creator, "Instagram");
    youTube = fixtures.socialProfile(creator, "YouTube");
  }

  @Test
  void shouldScheduleEveryPlatformAtOnceWithItsOwnTextAndMedia() throws Exception {
    UUID image = fixtures.media(creator, "image");
    UUID video = fixtures.media(creator, "video");

    schedule(
            postTo(x, "Short and sweet"),
            postTo(linkedIn, null),
            postTo(instagram, "A caption #launch", image),
            postTo(youTube, "The description", video))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.length()").value(4))
        .andExpect(jsonPath("$[1].text").value("We launch on Monday"))
        .andExpect(jsonPath("$[2].mediaIds[0]").value(image.toString()))
        .andExpect(jsonPath("$[3].mediaIds[0]").value(video.toString()));

    assertThat(storedMedia(instagram))
        .isEqualTo(
            "[{\"kind\": \"image\", \"mediaId\": \"%s\", \"mimeType\": \"image/png\", \"sizeBytes\": 12}]"
                .formatted(image));
  }

  @Test
  void shouldStoreNothingWhenOnePostBreaksItsPlatformsRule() throws Exception {
    schedule(postTo(linkedIn, "Fine on LinkedIn"), postTo(x, SENTENCE.repeat(7)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("posts[1].text"))
        .andExpect(jsonPath("$.constraint").value("x-weighted-length"))
        .andExpect(
            jsonPath("$.detail")
                .value(containsString("posts[1].text: X allows 280 weighted characters")));
    assertThat(postsOfContent()).isZero();
  }

  @Test
  void shouldRefuseEachPlatformsRuleNamingIt() throws Exception {
    expectRule(postTo(linkedIn, "x".repeat(2_990) + "(#@)_*"), "posts[0].text", "linkedin-length");
    expectRule(postTo(instagram, "No picture"), "posts[0].mediaIds", "instagram-media");
    expectRule(
        postTo(instagram, "#a ".repeat(31), fixtures.media(creator, "image")),
        "posts[0].text",
        "instagram-hashtags");
    expectRule(postTo(youTube, "No video"), "posts[0].mediaIds", "youtube-media");
    expectRule(
        postTo(youTube, "Has <b>", fixtures.media(creator, "video")),
        "posts[0].text",
        "youtube-description-characters");
    expectRule(
        Map.of("socialProfileId", linkedIn, "text", "Not X", "thread", true),
        "posts[0].thread",
        "thread-platform");
    assertThat(postsOfContent()).isZero();
  }

  @Test
  void shouldRefuseAYouTubeTitleWithAngleBrackets() throws Exception {
    int tagged = fixtures.content(creator, "Launch <day>", "Body");
    schedule(tagged, LATER, null, postTo(youTube, "Fine", fixtures.media(creator, "video")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("posts[0].title"))
        .andExpect(jsonPath("$.detail").value(containsString("YouTube")));
  }

  @Test
  void shouldSplitALongXTextIntoANumberedThreadWhenAsked() throws Exception {
    String text = SENTENCE.repeat(12);
    schedule(Map.of("socialProfileId", x, "text", text, "thread", true))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].text").value(text))
        .andExpect(jsonPath("$[0].threadParts.length()").value(3))
        .andExpect(jsonPath("$[0].threadParts[0]").value(containsString(" 1/3")))
        .andExpect(jsonPath("$[0].threadParts[2]").value(containsString(" 3/3")));
  }

  @Test
  void shouldNotFindSomeoneElsesMedia() throws Exception {
    UUID strangers = fixtures.media(fixtures.user("creator"), "image");

    schedule(postTo(instagram, "Mine?", strangers))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("posts[0].mediaIds[0]"));
    assertThat(postsOfContent()).isZero();
  }

  @Test
  void shouldStoreNineInTheMorningBerlinTimeInUtcInWinterAndSummer() throws Exception {
    schedule(content, YEAR + "-01-15T09:00", "Europe/Berlin", postTo(x, "Winter"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].scheduledTime").value(YEAR + "-01-15T08:00:00Z"));
    int summer = fixtures.content(creator, "Summer", "Body");
    schedule(summer, YEAR + "-07-15T09:00", "Europe/Berlin", postTo(x, "Summer"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].scheduledTime").value(YEAR + "-07-15T07:00:00Z"));
  }

  @Test
  void shouldRefuseALocalTimeWithoutAZoneAndATimeSkippedByDaylightSaving() throws Exception {
    schedule(content, YEAR + "-01-15T09:00", null, postTo(x, "No zone"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("scheduledTime"));
    LocalDateTime skipped =
        ZoneId.of("Europe/Berlin")
            .getRules()
            .nextTransition(Instant.parse(YEAR + "-01-01T00:00:00Z"))
            .getDateTimeBefore()
            .plusMinutes(30);
    schedule(content, skipped.toString(), "Europe/Berlin", postTo(x, "Gap"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("does not exist")));
    assertThat(postsOfContent()).isZero();
  }

  private void expectRule(Map<String, Object> post, String field, String rule) throws Exception {
    schedule(post)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.constraint").value(rule));
  }

  private static Map<String, Object> postTo(int profile, String text, UUID... media) {
    Map<String, Object> post = new LinkedHashMap<>();
    post.put("socialProfileId", profile);
    post.put("text", text);
    post.put("mediaIds", List.of(media));
    return post;
  }

  @SafeVarargs
  private ResultActions schedule(Map<String, Object>... posts) throws Exception {
    return schedule(content, LATER, null, posts);
  }

  @SafeVarargs
  private ResultActions schedule(
      int contentId, String time, String zone, Map<String, Object>... posts) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("contentId", contentId);
    body.put("scheduledTime", time);
    body.put("timeZone", zone);
    body.put("posts", List.of(posts));
    return mvc.perform(
        post(POSTS)
            .header("Authorization", "Bearer " + issuer.issue(creator, "creator").token())
            .contentType(MediaType.APPLICATION_JSON)
            .content(JsonMapper.shared().writeValueAsString(body)));
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

  private String storedMedia(int profile) {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT media::text FROM segmint.platform_post WHERE social_profile_id = ?",
                String.class,
                profile));
  }
}
