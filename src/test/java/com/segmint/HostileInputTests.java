package com.segmint;

import static com.segmint.HostileValues.bodies;
import static com.segmint.HostileValues.foreignPathId;
import static com.segmint.HostileValues.futureTime;
import static com.segmint.HostileValues.id;
import static com.segmint.HostileValues.oneOf;
import static com.segmint.HostileValues.optionalText;
import static com.segmint.HostileValues.text;
import static com.segmint.HostileValues.withBadIfMatch;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.jayway.jsonpath.JsonPath;
import com.segmint.HostileCase.Mutation;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.SegmintIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.assertj.core.api.Assertions;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

/**
 * Thousands of malformed and hostile calls to every write endpoint: each is refused with a
 * problem+json 4xx that stored nothing, or (when it was valid after all) accepted; never a 5xx.
 * jqwik runs outside Spring's JUnit extension, so the test context is fetched by hand (the same
 * cached context as the other API tests).
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class HostileInputTests {

  private static final int NONE = Integer.MAX_VALUE;

  private static HostileCalls calls;

  @BeforeContainer
  static void startTheApplication() {
    ApplicationContext context =
        new TestContextManager(HostileInputTests.class).getTestContext().getApplicationContext();
    calls =
        new HostileCalls(context.getBean(MockMvc.class), context.getBean(AccessTokenIssuer.class));
  }

  @Example
  void shouldRefuseANulInTextAsAnInvalidValue() throws Exception {
    Map<String, Object> nul = Map.of("title", "a\u0000b", "body", "Body", "tone", "casual");
    MockHttpServletResponse response =
        calls.asOwner(HostileCase.of(POST, "/api/v1/contents", nul, List.of()));
    Assertions.assertThat(response.getStatus()).isEqualTo(422);
    Assertions.assertThat(response.getContentAsString()).contains("/problems/invalid-value");
  }

  @Example
  void shouldRefuseANulInAFilterAsAnInvalidValue() throws Exception {
    HostileCase filter =
        new HostileCase(
            HttpMethod.GET, "/api/v1/audit-events?table=a%00b", "", null, null, true, "NUL");
    Assertions.assertThat(calls.asAdmin(filter).getStatus()).isEqualTo(422);
  }

  @Example
  void shouldRefuseAnIfMatchThatIsNotExactlyOurTag() throws Exception {
    Map<String, Object> valid = Map.of("title", "Kept", "body", "Kept", "tone", "casual");
    for (String lookalike : List.of("\"v+%d\"", "\"v0%d\"", "\"v%d \"")) {
      int version = calls.contentVersion();
      HostileCase update =
          HostileCase.of(PUT, "/api/v1/contents/" + calls.content, valid, List.of())
              .withIfMatch(lookalike.formatted(version), true);
      Assertions.assertThat(calls.asOwner(update).getStatus()).as(lookalike).isEqualTo(412);
    }
  }

  @Example
  void shouldRefuseATimeBeyondTheDatabasesRangeAsAnInvalidValue() throws Exception {
    HostileCase ancient =
        new HostileCase(
            HttpMethod.GET,
            "/api/v1/audit-events?from=-999999999-01-01T00:00:00Z",
            "",
            null,
            null,
            true,
            "year -999999999");
    Assertions.assertThat(calls.asAdmin(ancient).getStatus()).isEqualTo(422);
  }

  @Example
  void shouldAnswerAUrlTheFirewallRejectsWithAProblem() throws Exception {
    HostileCase rejected =
        new HostileCase(DELETE, "/api/v1/social-profiles/%00", "", null, null, true, "NUL");
    MockHttpServletResponse response = calls.asOwner(rejected);
    Assertions.assertThat(response.getStatus()).isEqualTo(400);
    Assertions.assertThat(response.getContentAsString()).contains("/problems/rejected-request");
  }

  @Example
  void shouldNameTheTypeOfAWrongMediaType() throws Exception {
    HostileCase plain =
        new HostileCase(POST, "/api/v1/contents", "text/plain", "{}", null, true, "text/plain");
    MockHttpServletResponse response = calls.asOwner(plain);
    Assertions.assertThat(response.getStatus()).isEqualTo(415);
    Assertions.assertThat(response.getContentAsString())
        .contains("/problems/unsupported-media-type");
  }

  @Example
  void shouldGenerateTheDefaultIdeasForARequestWithoutABody() throws Exception {
    String ideas = "/api/v1/contents/" + calls.content + "/ideas";
    for (String nothing : List.of("", "null")) {
      HostileCase bare =
          new HostileCase(POST, ideas, HostileCase.JSON, nothing, null, false, "no body");
      MockHttpServletResponse response = calls.asOwner(bare);
      Assertions.assertThat(response.getStatus()).as("body '%s'", nothing).isEqualTo(201);
      List<Object> generated = JsonPath.read(response.getContentAsString(), "$.ideas");
      Assertions.assertThat(generated).as("body '%s'", nothing).isNotEmpty();
    }
  }

  @Example
  void shouldReadATimeExactlyAsSent() throws Exception {
    for (String expiresAt : List.of("2999-01-01T00:00:00Z\u0000", "2999-01-01T00:00:00Z\n")) {
      Map<String, Object> profile =
          Map.of(
              "platform",
              "Instagram",
              "handle",
              "exact",
              "accessToken",
              "t",
              "expiresAt",
              expiresAt);
      MockHttpServletResponse response =
          calls.asOwner(HostileCase.of(POST, "/api/v1/social-profiles", profile, List.of()));
      Assertions.assertThat(response.getStatus()).as(expiresAt).isEqualTo(400);
      Assertions.assertThat(response.getContentAsString()).as(expiresAt).contains("expiresAt");
    }
  }

  @Example
  void shouldScoreAnOwnIdeaWithNothingToEmbedAsUnrelated() throws Exception {
    String own = "/api/v1/contents/" + calls.content + "/ideas/own";
    Map<String, Object> invisible = Map.of("ideas", List.of("\u200B", "\u200B\u200D"));
    MockHttpServletResponse response =
        calls.asOwner(HostileCase.of(POST, own, invisible, List.of()));
    Assertions.assertThat(response.getStatus()).isEqualTo(201);
    List<Double> scores = JsonPath.read(response.getContentAsString(), "$[*].relevanceScore");
    Assertions.assertThat(scores)
        .hasSize(2)
        .allSatisfy(score -> Assertions.assertThat(score).isLessThan(0.5));
  }

  @Property(tries = 300)
  void shouldRefuseHostileContentWrites(@ForAll("contentWrites") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 80)
  void shouldRefuseHostileIdeaRequests(@ForAll("ideaRequests") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 200)
  void shouldStoreOddButValidTextVerbatim(@ForAll("oddContent") Map<String, Object> fields)
      throws Exception {
    MockHttpServletResponse response =
        calls.asOwner(HostileCase.of(POST, "/api/v1/contents", fields, List.of()));
    if (fields.values().stream().anyMatch(text -> text.toString().contains("\u0000"))) {
      Assertions.assertThat(response.getStatus()).as("NUL is no text").isBetween(400, 499);
    }
    if (response.getStatus() == 201) {
      Map<String, Object> stored =
          JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$");
      Assertions.assertThat(stored).containsAllEntriesOf(fields);
    }
  }

  @Property(tries = 200)
  void shouldRefuseHostileIdeaDecisions(@ForAll("ideaDecisions") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 150)
  void shouldRefuseHostileDraftRequests(@ForAll("draftRequests") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 200)
  void shouldRefuseHostileSocialProfiles(@ForAll("socialProfileWrites") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 200)
  void shouldRefuseHostileOAuthConnects(@ForAll("oauthConnects") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 200)
  void shouldRefuseHostilePosts(@ForAll("platformPostWrites") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 200)
  void shouldRefuseHostilePerPlatformPosts(@ForAll("perPlatformPosts") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 100)
  void shouldRefuseHostileUploads(
      @ForAll("uploadBytes") byte[] bytes,
      @ForAll("uploadNames") String filename,
      @ForAll("uploadTypes") String contentType,
      @ForAll boolean wrongPart)
      throws Exception {
    calls.uploadAsOwner(wrongPart ? "image" : "file", filename, contentType, bytes, wrongPart);
  }

  @Property(tries = 200)
  void shouldRefuseHostileWorkflows(@ForAll("workflowWrites") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 200)
  void shouldRefuseHostileDecisions(@ForAll("decisionWrites") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 50)
  void shouldRefuseHostileNotificationReads(@ForAll("notificationReads") HostileCase hostile)
      throws Exception {
    calls.asOwner(hostile);
  }

  @Property(tries = 200)
  void shouldRefuseHostilePlatformsFromAnAdmin(@ForAll("platformWrites") HostileCase hostile)
      throws Exception {
    calls.asAdmin(hostile);
  }

  @Property(tries = 300)
  void shouldRefuseHostileAccountWrites(@ForAll("accountWrites") HostileCase hostile)
      throws Exception {
    calls.asAdmin(hostile);
  }

  @Property(tries = 200)
  void shouldRefuseHostileQueryParameters(@ForAll("queries") HostileCase hostile) throws Exception {
    boolean adminOnly =
        hostile.path().startsWith("/api/v1/users") || hostile.path().startsWith("/api/v1/audit");
    if (adminOnly) {
      calls.asAdmin(hostile);
    } else {
      calls.asOwner(hostile);
    }
  }

  @Provide
  Arbitrary<HostileCase> contentWrites() {
    Map<String, Object> valid = Map.of("title", "Fuzz", "body", "Body", "tone", "casual");
    List<Arbitrary<Mutation>> fields =
        List.of(text("title", 255), text("body", 100_000), text("tone", 100));
    String mine = "/api/v1/contents/" + calls.content;
    Arbitrary<HostileCase> create = bodies(POST, "/api/v1/contents", valid, fields);
    Arbitrary<HostileCase> update = bodies(PUT, mine, valid, fields);
    return Arbitraries.oneOf(
        create,
        update.map(hostile -> hostile.withIfMatch("{content}", false)),
        withBadIfMatch(update),
        foreignIds(PUT, "/api/v1/contents/", "", valid, others())
            .map(h -> h.withIfMatch("{content}", true)),
        withBadIfMatch(Arbitraries.just(new HostileCase(DELETE, mine, "", null, null, true, ""))),
        foreignIds(DELETE, "/api/v1/contents/", "", null, others()),
        foreignIds(POST, "/api/v1/contents/", "/restore", null, others()));
  }

  @Provide
  Arbitrary<Map<String, Object>> oddContent() {
    Arbitrary<String> odd = HostileValues.oddText();
    return Arbitraries.oneOf(odd, Arbitraries.of(HostileValues.NUL_TEXTS))
        .tuple3()
        .map(t -> Map.of("title", t.get1(), "body", t.get2(), "tone", t.get3()));
  }

  @Provide
  Arbitrary<HostileCase> ideaDecisions() {
    String ideas = "/api/v1/contents/" + calls.content + "/ideas/";
    Map<String, Object> valid = Map.of("mode", "extend");
    return Arbitraries.oneOf(
        bodies(POST, ideas + calls.idea + "/accept", valid, List.of(oneOf("mode", "extend"))),
        foreignIds(POST, ideas, "/accept", valid, NONE),
        foreignIds(POST, ideas, "/dismiss", null, NONE),
        foreignIds(POST, "/api/v1/contents/", "/ideas/" + calls.idea + "/dismiss", null, others()));
  }

  @Provide
  Arbitrary<HostileCase> ideaRequests() {
    String ideas = "/api/v1/contents/" + calls.content + "/ideas";
    Map<String, Object> generate = Map.of("topic", "launch week", "count", 2);
    Map<String, Object> own = Map.of("ideas", List.of("A behind-the-scenes look at launch week"));
    return Arbitraries.oneOf(
        HostileValues.optionalBodies(
            POST,
            ideas,
            generate,
            List.of(
                optionalText("topic", 200),
                optionalText("tone", 100),
                HostileIdeas.count(),
                HostileIdeas.platform())),
        bodies(POST, ideas + "/own", own, List.of(HostileIdeas.ownIdeas())),
        foreignIds(POST, "/api/v1/contents/", "/ideas", generate, others()),
        foreignIds(POST, "/api/v1/contents/", "/ideas/own", own, others()),
        foreignIds(HttpMethod.GET, "/api/v1/contents/", "/similar", null, others()));
  }

  @Provide
  Arbitrary<HostileCase> draftRequests() {
    String mine = "/api/v1/contents/" + calls.content + "/drafts";
    Arbitrary<Mutation> platform =
        Arbitraries.oneOf(
            Arbitraries.of("LinkedIn", "x", "INSTAGRAM", "youtube", "Twitter")
                .map(name -> new Mutation("platform", name, false, "platform")),
            Arbitraries.of("", "MySpace", "\u0000", "Linked In", "L".repeat(5_000), "X\u0000")
                .map(name -> new Mutation("platform", name, true, "bad platform")),
            Arbitraries.just(new Mutation("platform", Mutation.ABSENT, true, "no platform")));
    Arbitrary<Mutation> tone =
        Arbitraries.oneOf(
            HostileValues.oddText().map(text -> new Mutation("tone", text, false, "odd tone")),
            Arbitraries.of("witty", "BOLD", "").map(t -> new Mutation("tone", t, false, "tone")),
            Arbitraries.of("x".repeat(101), "a\u0000b")
                .map(text -> new Mutation("tone", text, true, "bad tone")));
    Arbitrary<HostileCase> own =
        Combinators.combine(platform, tone.injectNull(0.3))
            .as((p, t) -> draftCall(mine, t == null ? List.of(p) : List.of(p, t)));
    return Arbitraries.oneOf(
        own, foreignIds(POST, "/api/v1/contents/", "/drafts?platform=LinkedIn", null, others()));
  }

  private static HostileCase draftCall(String path, List<Mutation> params) {
    StringBuilder query = new StringBuilder();
    boolean defective = false;
    for (Mutation param : params) {
      defective |= param.defective();
      if (param.value() != Mutation.ABSENT) {
        query
            .append(query.isEmpty() ? "?" : "&")
            .append(param.field())
            .append('=')
            .append(UriUtils.encodeQueryParam(param.value().toString(), StandardCharsets.UTF_8));
      }
    }
    return new HostileCase(POST, path + query, "", null, null, defective, params.toString());
  }

  @Provide
  Arbitrary<HostileCase> socialProfileWrites() {
    Map<String, Object> valid =
        Map.of(
            "platform", "Instagram",
            "handle", "fuzz",
            "accessToken", "token",
            "expiresAt", "2999-01-01T00:00:00Z");
    List<Arbitrary<Mutation>> fields =
        List.of(
            oneOf("platform", "Instagram"),
            text("handle", 100),
            HostileValues.secret("accessToken", 8192, true),
            HostileValues.secret("refreshToken", 8192, false),
            futureTime("expiresAt"));
    Map<String, Object> rename = Map.of("handle", "fuzz_renamed");
    Arbitrary<HostileCase> renames =
        bodies(
            PATCH,
            "/api/v1/social-profiles/" + calls.profile,
            rename,
            List.of(text("handle", 100)));
    return Arbitraries.oneOf(
        bodies(POST, "/api/v1/social-profiles", valid, fields),
        renames.map(hostile -> hostile.withIfMatch("{profile}", false)),
        withBadIfMatch(renames),
        foreignIds(PATCH, "/api/v1/social-profiles/", "", rename, calls.othersProfile)
            .map(hostile -> hostile.withIfMatch("\"v0\"", true)),
        foreignIds(DELETE, "/api/v1/social-profiles/", "", null, calls.othersProfile));
  }

  @Provide
  Arbitrary<HostileCase> oauthConnects() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            HostileValues.oddText(),
            Arbitraries.of("youtube", "X", "LinkedIn", "instagram", "myspace", "x/../youtube"));
    Arbitrary<HostileCase> starts =
        names.map(
            name ->
                new HostileCase(
                    POST,
                    "/api/v1/social-profiles/connect/" + encode(name),
                    "",
                    null,
                    null,
                    !List.of("youtube", "x", "linkedin", "instagram").contains(name.toLowerCase()),
                    "platform " + name));
    Arbitrary<HostileCase> callbacks =
        Combinators.combine(names, HostileValues.oddText(), HostileValues.oddText())
            .as(
                (name, state, code) ->
                    new HostileCase(
                        HttpMethod.GET,
                        "/api/v1/social-profiles/connect/%s/callback?state=%s&code=%s&error=%s"
                            .formatted(encode(name), encode(state), encode(code), encode(code)),
                        "",
                        null,
                        null,
                        true,
                        "callback with a state never issued"));
    return Arbitraries.oneOf(starts, callbacks);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<HostileCase> platformPostWrites() {
    Map<String, Object> valid =
        Map.of(
            "contentId",
            calls.content,
            "socialProfileIds",
            List.of(calls.profile),
            "scheduledTime",
            "2999-01-01T09:00:00+01:00");
    Arbitrary<Mutation> profileIds =
        Arbitraries.of(
                List.of(),
                List.of(0),
                List.of(-1),
                List.of("a"),
                List.of(calls.profile, 2_147_483_647),
                java.util.Collections.nCopies(11, calls.profile),
                Map.of(),
                "1,2")
            .map(ids -> new Mutation("socialProfileIds", ids, true, "ids " + ids))
            .injectNull(0.1);
    List<Arbitrary<Mutation>> fields =
        List.of(
            id("contentId"),
            profileIds.map(
                m -> m == null ? new Mutation("socialProfileIds", null, true, "null") : m),
            futureTime("scheduledTime"),
            optionalText("text", 10_000));
    Map<String, Object> decision = Map.of("outcome", "posted", "remoteId", "urn:li:share:1");
    List<Arbitrary<Mutation>> decisionFields =
        List.of(
            oneOf("outcome", "posted"),
            optionalText("remoteId", 200),
            optionalText("remoteUrl", 2048));
    String reconciliation = "/api/v1/platform-posts/" + calls.unknownPost + "/reconciliation";
    Map<String, Object> reschedule = Map.of("scheduledTime", "2999-01-01T09:00:00+01:00");
    Arbitrary<HostileCase> changes =
        bodies(
            PATCH,
            "/api/v1/platform-posts/" + calls.reschedulablePost,
            reschedule,
            List.of(futureTime("scheduledTime")));
    return Arbitraries.oneOf(
        bodies(POST, "/api/v1/platform-posts", valid, fields),
        changes.map(hostile -> hostile.withIfMatch("{post}", false)),
        withBadIfMatch(changes),
        foreignIds(PATCH, "/api/v1/platform-posts/", "", reschedule, NONE)
            .map(hostile -> hostile.withIfMatch("\"v0\"", true)),
        foreignIds(DELETE, "/api/v1/platform-posts/", "", null, NONE),
        bodies(POST, reconciliation, decision, decisionFields),
        foreignIds(POST, "/api/v1/platform-posts/", "/reconciliation", decision, NONE));
  }

  @Provide
  Arbitrary<HostileCase> perPlatformPosts() {
    Map<String, Object> post = Map.of("socialProfileId", calls.xProfile, "text", "Fuzzed post");
    Map<String, Object> valid =
        Map.of(
            "contentId",
            calls.content,
            "posts",
            List.of(post),
            "scheduledTime",
            "2999-01-01T09:00",
            "timeZone",
            "Europe/Berlin");
    Arbitrary<Mutation> posts =
        Arbitraries.of(
                List.of(Map.of("socialProfileId", calls.xProfile, "mediaIds", List.of("nope"))),
                List.of(
                    Map.of(
                        "socialProfileId",
                        calls.xProfile,
                        "mediaIds",
                        List.of(calls.othersMedia.toString()))),
                List.of(Map.of("socialProfileId", calls.xProfile, "text", "x".repeat(281))),
                List.of(Map.of("socialProfileId", calls.profile, "thread", true)),
                List.of(Map.of("socialProfileId", calls.xProfile, "thread", "yes")),
                List.of(post, post),
                List.of(Map.of("text", "no profile")),
                List.of(Map.of()),
                List.of("x"),
                Map.of())
            .map(list -> new Mutation("posts", list, true, "posts"));
    Arbitrary<Mutation> zones =
        Arbitraries.of("Mars/Olympus", "+01:00", "", "europe/berlin", "Europe/Berlin\u0000")
            .map(zone -> new Mutation("timeZone", zone, true, "zone " + zone));
    Arbitrary<Mutation> localTimes =
        Arbitraries.of("2999-01-01T09:00", "2020-01-01T09:00", "2999-13-01T09:00", "09:00")
            .map(time -> new Mutation("scheduledTime", time, !time.startsWith("2999-01"), time));
    return bodies(POST, "/api/v1/platform-posts", valid, List.of(posts, zones, localTimes));
  }

  @Provide
  Arbitrary<byte[]> uploadBytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
        Arbitraries.of(HostileValues.UPLOAD_LOOKALIKES));
  }

  @Provide
  Arbitrary<String> uploadNames() {
    return Arbitraries.oneOf(
        Arbitraries.of("a.png", "../../etc/passwd", "x.mp4", "", "cat.jpg\u0000.exe"),
        HostileValues.oddText());
  }

  @Provide
  Arbitrary<String> uploadTypes() {
    return Arbitraries.of("image/png", "video/mp4", "text/html", "application/octet-stream", "");
  }

  @Provide
  Arbitrary<HostileCase> workflowWrites() {
    Map<String, Object> member = Map.of("memberId", calls.member, "role", "reviewer");
    Map<String, Object> approver = Map.of("memberId", calls.newMember, "role", "approver");
    Map<String, Object> valid =
        Map.of("contentId", calls.content, "members", List.of(member, approver));
    Arbitrary<Mutation> members =
        Arbitraries.of(
                List.of(member),
                List.of(Map.of("memberId", calls.owner, "role", "approver")),
                List.of(Map.of("memberId", 0, "role", "reviewer")),
                List.of(Map.of("memberId", calls.member, "role", "boss")),
                List.of(Map.of("memberId", 2_147_483_647, "role", "reviewer")),
                List.of(member, member),
                java.util.Collections.nCopies(21, member),
                List.of("x"),
                Map.of(),
                "reviewer")
            .map(list -> new Mutation("members", list, true, "members"));
    // one approver: any N above 1 could never be approved
    Arbitrary<Mutation> policy =
        Arbitraries.of(0, -1, 2, 21, Integer.MAX_VALUE, "two", List.of(1))
            .map(n -> new Mutation("requiredApprovals", n, true, "policy " + n));
    String members2 = "/api/v1/workflows/" + calls.workflow + "/members";
    Map<String, Object> newMember = Map.of("memberId", calls.newMember, "role", "approver");
    return Arbitraries.oneOf(
        bodies(POST, "/api/v1/workflows", valid, List.of(id("contentId"), members, policy)),
        bodies(POST, members2, newMember, List.of(id("memberId"), oneOf("role", "approver"))),
        foreignIds(POST, "/api/v1/workflows/", "/members", newMember, NONE),
        foreignIds(DELETE, members2 + "/", "", null, NONE),
        foreignIds(DELETE, "/api/v1/workflows/", "", null, NONE));
  }

  @Provide
  Arbitrary<HostileCase> decisionWrites() {
    Map<String, Object> valid = Map.of("kind", "comment", "message", "Fuzz");
    String decisions = "/api/v1/workflows/" + calls.workflow + "/decisions";
    return Arbitraries.oneOf(
        bodies(POST, decisions, valid, List.of(oneOf("kind", "comment"), text("message", 5000))),
        foreignIds(POST, "/api/v1/workflows/", "/decisions", valid, NONE));
  }

  @Provide
  Arbitrary<HostileCase> notificationReads() {
    return foreignIds(POST, "/api/v1/notifications/", "/read", null, calls.othersNotification);
  }

  @Provide
  Arbitrary<HostileCase> platformWrites() {
    Map<String, Object> valid =
        Map.of("name", "Fuzz", "code", "YouTube", "apiEndpoint", "https://api.example.com");
    Arbitrary<Mutation> endpoint =
        Arbitraries.of(
                "http://api.example.com",
                "ftp://api.example.com",
                "javascript:alert(1)",
                "https://",
                "https://exa mple.com",
                "https://" + "x".repeat(2_050) + ".com",
                "")
            .map(url -> new Mutation("apiEndpoint", url, true, "url"));
    List<Arbitrary<Mutation>> fields =
        List.of(text("name", 50), oneOf("code", "YouTube"), endpoint);
    return Arbitraries.oneOf(
        bodies(POST, "/api/v1/platforms", valid, fields)
            .map(h -> h.withPath(h.path(), true, " (YouTube exists)")),
        withBadIfMatch(bodies(PUT, "/api/v1/platforms/" + calls.youTube, valid, fields)),
        foreignIds(DELETE, "/api/v1/platforms/", "", null, NONE));
  }

  @Provide
  Arbitrary<HostileCase> accountWrites() {
    return HostileAccounts.cases(calls);
  }

  @Provide
  Arbitrary<HostileCase> queries() {
    return HostileQueries.cases(calls);
  }

  private static int others() {
    return calls.othersContent;
  }

  /**
   * A call on a path whose id names nothing of the caller's (nothing at all, or {@code
   * someoneElses} row); always a defect.
   */
  static Arbitrary<HostileCase> foreignIds(
      HttpMethod method, String prefix, String suffix, Map<String, Object> body, int someoneElses) {
    return foreignPathId(someoneElses)
        .map(
            id -> {
              HostileCase call =
                  body == null
                      ? new HostileCase(method, prefix + id + suffix, "", null, null, true, "")
                      : HostileCase.of(method, prefix + id + suffix, body, List.of());
              return call.withPath(call.path(), true, "foreign id " + id);
            });
  }
}
