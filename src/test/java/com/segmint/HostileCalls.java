package com.segmint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.ETags;
import com.segmint.support.Fixtures;
import com.segmint.support.TestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The hostile-input world (a creator with content, a profile, an idea and a workflow; a team
 * member; another creator; an admin) and the check every hostile call must pass: never a 5xx; a
 * defective call a 4xx; every 4xx a problem with type and status that stored nothing.
 */
final class HostileCalls {

  private final MockMvc mvc;
  private final AccessTokenIssuer issuer;
  private final JdbcTemplate superuser = new JdbcTemplate(oneConnection());
  private final WorldFingerprint fingerprint = new WorldFingerprint(superuser);
  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());

  final int owner = fixtures.user("creator");
  final int member = fixtures.user("team_member");
  final int newMember = fixtures.user("team_member");
  final int other = fixtures.user("creator");
  final int admin = fixtures.user("admin");
  final int content = fixtures.content(owner, "Fuzzed", "A content under attack");
  final int othersContent = fixtures.content(other, "Not yours", "Someone else's");
  final int profile = fixtures.socialProfile(owner, "LinkedIn");
  final int othersProfile = fixtures.socialProfile(other, "LinkedIn");
  final int xProfile = fixtures.socialProfile(owner, "Twitter");
  final UUID othersMedia = fixtures.media(other, "image");
  final int idea = fixtures.ideaSuggestion(owner, content, "An idea under attack", "0.7");
  final int workflow = fixtures.workflow(owner, content, member, "reviewer");
  final int othersNotification = (int) fixtures.notification(other, "Not yours to read");
  final int unknownPost =
      unknown(
          fixtures.scheduledPost(
              owner, fixtures.content(owner, "Unknown", "Its outcome is unknown"), profile));
  final int reschedulablePost =
      fixtures.scheduledPost(
          owner, fixtures.content(owner, "Rescheduled", "Its time moves"), profile);
  final int youTube =
      superuser.queryForObject(
          "SELECT id FROM segmint.platform WHERE code = 'YouTube'", Integer.class);

  private int unknown(int post) {
    superuser.update("UPDATE segmint.platform_post SET status = 'unknown' WHERE id = ?", post);
    return post;
  }

  HostileCalls(MockMvc mvc, AccessTokenIssuer issuer) {
    this.mvc = mvc;
    this.issuer = issuer;
  }

  MockHttpServletResponse asOwner(HostileCase hostile) throws Exception {
    return check(hostile, owner, "creator");
  }

  MockHttpServletResponse asAdmin(HostileCase hostile) throws Exception {
    return check(hostile, admin, "admin");
  }

  MockHttpServletResponse check(HostileCase hostile, int user, String role) throws Exception {
    String before = digest();
    return verify(hostile.toString(), hostile.defective(), before, perform(hostile, user, role));
  }

  /** A multipart upload as the owner: {@code part} is the part's name, the bytes its content. */
  MockHttpServletResponse uploadAsOwner(
      String part, String filename, String contentType, byte[] bytes, boolean defective)
      throws Exception {
    String before = digest();
    MockHttpServletResponse response =
        mvc.perform(
                multipart("/api/v1/media")
                    .file(new MockMultipartFile(part, filename, contentType, bytes))
                    .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + issuer.issue(owner, "creator").token()))
            .andReturn()
            .getResponse();
    String why = "upload %s %s [%s] %d bytes".formatted(part, filename, contentType, bytes.length);
    return verify(why, defective, before, response);
  }

  private MockHttpServletResponse verify(
      String hostile, boolean defective, String before, MockHttpServletResponse response)
      throws Exception {
    int status = response.getStatus();
    String seen = hostile + " → " + status + " " + body(response);
    assertThat(status).as(seen).isLessThan(500);
    if (defective) {
      assertThat(status).as(seen).isBetween(400, 499);
    }
    if (status >= 400) {
      assertThat(response.getContentType()).as(seen).isNotNull();
      assertThat(MediaType.parseMediaType(response.getContentType()))
          .as(seen)
          .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
      Map<String, Object> problem =
          JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$");
      assertThat(problem).as(seen).containsKey("type").containsEntry("status", status);
      assertThat(digest()).as("nothing stored: " + seen).isEqualTo(before);
    }
    return response;
  }

  private MockHttpServletResponse perform(HostileCase hostile, int user, String role)
      throws Exception {
    MockHttpServletRequestBuilder call = request(hostile.method(), URI.create(hostile.path()));
    call.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.issue(user, role).token());
    if (hostile.body() != null) {
      call.content(hostile.body().getBytes(StandardCharsets.UTF_8));
      if (!hostile.contentType().isEmpty()) {
        call.header(HttpHeaders.CONTENT_TYPE, hostile.contentType());
      }
    }
    if (hostile.ifMatch() != null) {
      call.header(HttpHeaders.IF_MATCH, currentTag(hostile.ifMatch(), user));
    }
    return mvc.perform(call).andReturn().getResponse();
  }

  /**
   * {@code {content}}, {@code {profile}}, {@code {post}} and {@code {me}} stand for the row's
   * current ETag, read just in time.
   */
  private String currentTag(String ifMatch, int user) {
    return switch (ifMatch) {
      case "{content}" -> version("content", content);
      case "{profile}" -> version("social_profile", profile);
      case "{me}" -> version("users", user);
      case "{post}" -> version("platform_post", reschedulablePost);
      default -> ifMatch;
    };
  }

  int contentVersion() {
    return superuser.queryForObject(
        "SELECT version FROM segmint.content WHERE id = ?", Integer.class, content);
  }

  private String version(String table, int id) {
    return ETags.of(
        superuser.queryForObject(
            "SELECT version FROM segmint." + table + " WHERE id = ?", Integer.class, id));
  }

  private String digest() {
    List<Integer> users = List.of(owner, member, other, admin);
    return fingerprint.totals() + fingerprint.of(owner, users) + fingerprint.of(other, users);
  }

  /** One superuser session for all the digests: thousands of calls, no connection each. */
  private static SingleConnectionDataSource oneConnection() {
    try {
      return new SingleConnectionDataSource(TestDatabase.get().superuser().getConnection(), true);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(MockHttpServletResponse response) throws Exception {
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    return body.length() < 500 ? body : body.substring(0, 500) + "...";
  }
}
