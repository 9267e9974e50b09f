package com.segmint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import com.segmint.MatrixWorld.Caller;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.SegmintIntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint, called by each kind of caller, answers the status of the table below; every 4xx
 * is a problem+json, and a refused call changes nothing of the owner's (nor the users it names).
 *
 * <p>Columns: anonymous, the owner, another creator, a team member (reviewer of the owner's
 * content), an admin. {@code fresh…} placeholders are made anew for each cell.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTests {

  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

  /** Columns of expect(...): anonymous, owner, another creator, team member, admin. */
  private static final List<Row> MATRIX =
      List.of(
          // public authentication: the same for everyone, a token or not
          post(
                  "/api/v1/auth/register",
                  "{\"username\": \"{unique}\", \"email\": \"{unique}@example.com\","
                      + " \"password\": \"correct horse battery\"}")
              .expect(201, 201, 201, 201, 201),
          post("/api/v1/auth/login", "{}").expect(400, 400, 400, 400, 400),
          post("/api/v1/auth/refresh", "{}").expect(400, 400, 400, 400, 400),
          post("/api/v1/auth/refresh", "{\"refreshToken\": \"not-ours\"}")
              .expect(401, 401, 401, 401, 401),
          post("/api/v1/auth/logout", "{\"refreshToken\": \"not-ours\"}")
              .expect(204, 204, 204, 204, 204),
          // the caller's account
          get("/api/v1/me").expect(401, 200, 200, 200, 200),
          patch("/api/v1/me", "{\"timeZone\": \"Europe/Berlin\"}")
              .ifMatch("{myETag}")
              .expect(401, 200, 200, 200, 200),
          // account administration
          get("/api/v1/users").expect(401, 403, 403, 403, 200),
          get("/api/v1/users/{owner}").expect(401, 403, 403, 403, 200),
          put("/api/v1/users/{freshUser}/role", "{\"role\": \"team_member\"}")
              .ifMatch("{freshUserETag}")
              .expect(401, 403, 403, 403, 200),
          delete("/api/v1/users/{freshUser}").expect(401, 403, 403, 403, 204),
          post("/api/v1/users/{freshUser}/erasure", null).expect(401, 403, 403, 403, 204),
          post("/api/v1/admin/token-key-rotations", null).expect(401, 403, 403, 403, 200),
          // social profiles
          get("/api/v1/social-profiles").expect(401, 200, 200, 200, 200),
          get("/api/v1/social-profiles/{profile}").expect(401, 200, 404, 404, 200),
          post(
                  "/api/v1/social-profiles",
                  "{\"platform\": \"Instagram\", \"handle\": \"{unique}\", \"accessToken\": \"t\","
                      + " \"expiresAt\": \"{future}\"}")
              .expect(401, 201, 201, 201, 201),
          patch("/api/v1/social-profiles/{freshProfile}", "{\"handle\": \"{unique}\"}")
              .ifMatch("{freshProfileETag}")
              .expect(401, 200, 404, 404, 200),
          delete("/api/v1/social-profiles/{freshProfile}").expect(401, 204, 404, 404, 204),
          // OAuth connect: no platform has a client in this context, so starting is refused as
          // not configured; the callback is open to a browser without a token (its state
          // authenticates it) and refuses the same way
          post("/api/v1/social-profiles/connect/youtube", null).expect(401, 409, 409, 409, 409),
          post("/api/v1/social-profiles/connect/myspace", null).expect(401, 400, 400, 400, 400),
          get("/api/v1/social-profiles/connect/x/callback?code=c&state=forged")
              .expect(409, 409, 409, 409, 409),
          get("/api/v1/social-profiles/connect/myspace/callback?code=c&state=forged")
              .expect(400, 400, 400, 400, 400),
          // contents
          post("/api/v1/contents", "{\"title\": \"T\", \"body\": \"B\", \"tone\": \"casual\"}")
              .expect(401, 201, 201, 201, 201),
          get("/api/v1/contents").expect(401, 200, 200, 200, 200),
          get("/api/v1/contents?deleted=true").expect(401, 200, 200, 200, 200),
          get("/api/v1/contents/{content}").expect(401, 200, 404, 200, 200),
          put(
                  "/api/v1/contents/{freshReviewedContent}",
                  "{\"title\": \"Changed\", \"body\": \"Changed\", \"tone\": \"casual\"}")
              .ifMatch("{freshContentETag}")
              .expect(401, 200, 404, 404, 200),
          delete("/api/v1/contents/{freshReviewedContent}")
              .ifMatch("{freshContentETag}")
              .expect(401, 204, 404, 404, 204),
          post("/api/v1/contents/{freshTrashedContent}/restore", null)
              .expect(401, 200, 404, 404, 200),
          get("/api/v1/contents/search?q=matrix").expect(401, 200, 200, 200, 200),
          get("/api/v1/contents/recent").expect(401, 200, 200, 200, 200),
          get("/api/v1/contents/latest-per-platform").expect(401, 200, 200, 200, 200),
          get("/api/v1/contents/{content}/posts").expect(401, 200, 404, 200, 200),
          get("/api/v1/contents/{content}/ideas").expect(401, 200, 404, 200, 200),
          post("/api/v1/contents/{content}/ideas", "{\"count\": 2}")
              .expect(401, 201, 404, 404, 201),
          post("/api/v1/contents/{content}/ideas/own", "{\"ideas\": [\"A matrix idea\"]}")
              .expect(401, 201, 404, 404, 201),
          get("/api/v1/contents/{content}/similar").expect(401, 200, 404, 200, 200),
          post(
                  "/api/v1/contents/{freshReviewedContent}/ideas/{freshIdea}/accept",
                  "{\"mode\": \"new-draft\"}")
              .expect(401, 201, 404, 404, 201),
          post(
                  "/api/v1/contents/{freshReviewedContent}/ideas/{freshIdea}/accept",
                  "{\"mode\": \"extend\"}")
              .expect(401, 200, 404, 404, 200),
          post("/api/v1/contents/{freshReviewedContent}/ideas/{freshIdea}/dismiss", null)
              .expect(401, 200, 404, 404, 200),
          // drafts: written only for those who may change the content, nothing stored
          post("/api/v1/contents/{content}/drafts?platform=LinkedIn", null)
              .expect(401, 200, 404, 404, 200),
          get("/api/v1/tones").expect(401, 200, 200, 200, 200),
          // the platform catalog
          get("/api/v1/platforms").expect(401, 200, 200, 200, 200),
          get("/api/v1/platforms/{platform}").expect(401, 200, 200, 200, 200),
          post(
                  "/api/v1/platforms",
                  "{\"name\": \"{unique}\", \"code\": \"YouTube\", \"apiEndpoint\": \"https://a.example\"}")
              .expect(401, 403, 403, 403, 409),
          put(
                  "/api/v1/platforms/{platform}",
                  "{\"name\": \"{platformName}\", \"code\": \"{platformCode}\","
                      + " \"apiEndpoint\": \"{platformEndpoint}\"}")
              .ifMatch("{platformETag}")
              .expect(401, 403, 403, 403, 200),
          delete("/api/v1/platforms/2147483647").expect(401, 403, 403, 403, 404),
          // platform posts
          get("/api/v1/platform-posts").expect(401, 200, 200, 200, 200),
          get("/api/v1/platform-posts/{post}").expect(401, 200, 404, 200, 200),
          post(
                  "/api/v1/platform-posts",
                  "{\"contentId\": {freshContent}, \"socialProfileIds\": [{profile}],"
                      + " \"scheduledTime\": \"{future}\"}")
              .expect(401, 201, 404, 404, 201),
          post(
                  "/api/v1/platform-posts",
                  "{\"contentId\": {freshContent}, \"posts\": [{\"socialProfileId\": {profile},"
                      + " \"mediaIds\": [\"{media}\"]}], \"scheduledTime\": \"{future}\"}")
              .expect(401, 201, 404, 404, 201),
          // a reviewer sees the post, so changing or cancelling it is forbidden, not not found
          patch("/api/v1/platform-posts/{freshPost}", "{\"scheduledTime\": \"{future}\"}")
              .ifMatch("{freshPostETag}")
              .expect(401, 200, 404, 403, 200),
          delete("/api/v1/platform-posts/{freshPost}").expect(401, 204, 404, 403, 204),
          // media: uploads need a token; files are public to whoever knows the random id
          uploadPng("/api/v1/media").expect(401, 201, 201, 201, 201),
          get("/media/{media}").expect(200, 200, 200, 200, 200),
          get("/media/00000000-0000-0000-0000-000000000000").expect(404, 404, 404, 404, 404),
          // only the content's owner decides what became of a post whose outcome is unknown: a
          // reviewer who sees the post is forbidden; to an admin, who administers users, roles
          // and platforms, not a creator's publishing, it is not there
          post(
                  "/api/v1/platform-posts/{freshUnknownPost}/reconciliation",
                  "{\"outcome\": \"failed\"}")
              .expect(401, 200, 404, 403, 404),
          // approval workflows
          get("/api/v1/workflows").expect(401, 200, 200, 200, 200),
          get("/api/v1/workflows/{workflow}").expect(401, 200, 404, 200, 200),
          post(
                  "/api/v1/workflows",
                  "{\"contentId\": {freshContent}, \"members\": [{\"memberId\": {member},"
                      + " \"role\": \"approver\"}]}")
              .expect(401, 201, 404, 404, 404), // a workflow is its content's owner's
          delete("/api/v1/workflows/{freshWorkflow}").expect(401, 204, 404, 403, 204),
          post(
                  "/api/v1/workflows/{freshWorkflow}/members",
                  "{\"memberId\": {freshTeamUser}, \"role\": \"approver\"}")
              .expect(401, 201, 404, 403, 201),
          delete("/api/v1/workflows/{freshWorkflow}/members/{member}")
              .expect(401, 204, 404, 403, 204),
          get("/api/v1/workflows/inbox").expect(401, 200, 200, 200, 200),
          get("/api/v1/workflows/{workflow}/decisions").expect(401, 200, 404, 200, 200),
          // the owner and members comment; an admin who is no member may not decide
          post(
                  "/api/v1/workflows/{freshWorkflow}/decisions",
                  "{\"kind\": \"comment\", \"message\": \"Looks good\"}")
              .expect(401, 201, 404, 201, 403),
          // no self-approval; the team member is a reviewer, not an approver
          post("/api/v1/workflows/{freshWorkflow}/decisions", "{\"kind\": \"approve\"}")
              .expect(401, 403, 404, 403, 403),
          // notifications: only my own, admins included
          get("/api/v1/notifications").expect(401, 200, 200, 200, 200),
          post("/api/v1/notifications/{notification}/read", null).expect(401, 200, 404, 404, 404),
          // audit and analytics
          get("/api/v1/audit-events").expect(401, 403, 403, 403, 200),
          get("/api/v1/analytics/post-stats").expect(401, 200, 200, 200, 200),
          // no such endpoint: authentication comes first
          get("/api/v1/no-such-thing").expect(401, 404, 404, 404, 404));

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private MatrixWorld world;
  private WorldFingerprint fingerprint;
  private String ownersContentBefore;

  @BeforeAll
  void buildTheWorld() throws Exception {
    world = new MatrixWorld();
    fingerprint = new WorldFingerprint(world.superuser);
    ownersContentBefore = readOwnersContent();
  }

  @TestFactory
  Stream<DynamicNode> shouldAnswerEveryCallerAsTheMatrixSays() {
    Stream<DynamicNode> rows =
        MATRIX.stream()
            .map(
                row ->
                    DynamicContainer.dynamicContainer(
                        row.method() + " " + row.path(),
                        Arrays.stream(Caller.values())
                            .map(
                                caller ->
                                    DynamicTest.dynamicTest(
                                        caller + " → " + row.expected(caller),
                                        () -> run(row, caller)))));
    DynamicTest unchanged =
        DynamicTest.dynamicTest(
            "the owner's content reads back unchanged",
            () -> assertThat(readOwnersContent()).isEqualTo(ownersContentBefore));
    return Stream.concat(rows, Stream.of(unchanged));
  }

  private void run(Row row, Caller caller) throws Exception {
    MatrixWorld.Cell cell = world.cell(caller);
    AbstractMockHttpServletRequestBuilder<?> call = row.toRequest(cell);
    if (caller != Caller.ANONYMOUS) {
      call.header(HttpHeaders.AUTHORIZATION, bearer(caller));
    }
    int expected = row.expected(caller);
    String before = expected >= 400 ? fingerprintOf(cell) : null;

    MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();

    assertThat(response.getStatus())
        .as("%s %s as %s: %s", row.method(), cell.resolve(row.path()), caller, bodyOf(response))
        .isEqualTo(expected);
    if (response.getStatus() >= 400) {
      assertIsProblem(response);
      assertThat(fingerprintOf(cell)).as("nothing changed").isEqualTo(before);
    }
  }

  private static void assertIsProblem(MockHttpServletResponse response) throws Exception {
    assertThat(MediaType.parseMediaType(response.getContentType()))
        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    Map<String, Object> problem = JsonPath.read(response.getContentAsString(), "$");
    assertThat(problem).containsKey("type").containsEntry("status", response.getStatus());
  }

  private String fingerprintOf(MatrixWorld.Cell cell) {
    List<Integer> users = new ArrayList<>(List.of(world.owner, world.other, world.member));
    users.add(world.admin);
    for (String fresh : List.of("freshUser", "freshTeamUser")) {
      if (cell.has(fresh)) {
        users.add(cell.id(fresh));
      }
    }
    return fingerprint.of(world.owner, users);
  }

  private String readOwnersContent() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                request(HttpMethod.GET, "/api/v1/contents/" + world.content)
                    .header(HttpHeaders.AUTHORIZATION, bearer(Caller.OWNER)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getHeader(HttpHeaders.ETAG) + " " + response.getContentAsString();
  }

  private String bearer(Caller caller) {
    String role =
        switch (caller) {
          case TEAM_MEMBER -> "team_member";
          case ADMIN -> "admin";
          default -> "creator";
        };
    return "Bearer " + issuer.issue(world.userOf(caller), role).token();
  }

  private static String bodyOf(MockHttpServletResponse response) {
    try {
      return response.getContentAsString();
    } catch (Exception e) {
      return "<unreadable>";
    }
  }

  private static Row get(String path) {
    return new Row(HttpMethod.GET, path, null, null, null);
  }

  private static Row post(String path, String body) {
    return new Row(HttpMethod.POST, path, body, null, null);
  }

  /** A multipart upload of a small PNG as the part {@code file}. */
  private static Row uploadPng(String path) {
    return new Row(HttpMethod.POST, path, Row.PNG_UPLOAD, null, null);
  }

  private static Row put(String path, String body) {
    return new Row(HttpMethod.PUT, path, body, null, null);
  }

  private static Row patch(String path, String body) {
    return new Row(HttpMethod.PATCH, path, body, null, null);
  }

  private static Row delete(String path) {
    return new Row(HttpMethod.DELETE, path, null, null, null);
  }

  /** One endpoint: its call as templates, and what each caller gets. */
  record Row(HttpMethod method, String path, String body, String ifMatch, int[] statuses) {

    static final String PNG_UPLOAD = "<a PNG as multipart/form-data>";

    Row ifMatch(String template) {
      return new Row(method, path, body, template, statuses);
    }

    Row expect(int anonymous, int owner, int otherCreator, int teamMember, int admin) {
      return new Row(
          method,
          path,
          body,
          ifMatch,
          new int[] {anonymous, owner, otherCreator, teamMember, admin});
    }

    int expected(Caller caller) {
      return statuses[caller.ordinal()];
    }

    AbstractMockHttpServletRequestBuilder<?> toRequest(MatrixWorld.Cell cell) {
      if (PNG_UPLOAD.equals(body)) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I'};
        return multipart(cell.resolve(path))
            .file(new MockMultipartFile("file", "matrix.png", "image/png", png));
      }
      MockHttpServletRequestBuilder call = request(method, cell.resolve(path));
      if (body != null) {
        call.contentType(JSON).content(cell.resolve(body));
      }
      if (ifMatch != null) {
        call.header(HttpHeaders.IF_MATCH, cell.resolve(ifMatch));
      }
      return call;
    }
  }
}
