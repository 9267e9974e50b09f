package com.segmint.approvals.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The workflow, decision and scheduling calls of one creator's content, and what they stored. */
final class ApprovalsApi {

  private final MockMvc mvc;
  private final AccessTokenIssuer issuer;
  private final int owner;
  private final int content;

  ApprovalsApi(MockMvc mvc, AccessTokenIssuer issuer, int owner, int content) {
    this.mvc = mvc;
    this.issuer = issuer;
    this.owner = owner;
    this.content = content;
  }

  static String member(int id, String role, int stage) {
    return "{\"memberId\": %d, \"role\": \"%s\", \"stage\": %d}".formatted(id, role, stage);
  }

  ResultActions open(Integer requiredApprovals, String... members) throws Exception {
    return mvc.perform(
        post("/api/v1/workflows")
            .headers(auth(owner))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"contentId\": %d, \"requiredApprovals\": %s, \"members\": [%s]}"
                    .formatted(content, requiredApprovals, String.join(", ", members))));
  }

  int opened(Integer requiredApprovals, String... members) throws Exception {
    return idOf(open(requiredApprovals, members).andExpect(status().isCreated()));
  }

  ResultActions decide(int user, int workflow, String kind, String message) throws Exception {
    String body =
        message == null
            ? "{\"kind\": \"%s\"}".formatted(kind)
            : "{\"kind\": \"%s\", \"message\": \"%s\"}".formatted(kind, message);
    return mvc.perform(
        post("/api/v1/workflows/" + workflow + "/decisions")
            .headers(auth(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  ResultActions addMember(int workflow, String member) throws Exception {
    return mvc.perform(
        post("/api/v1/workflows/" + workflow + "/members")
            .headers(auth(owner))
            .contentType(MediaType.APPLICATION_JSON)
            .content(member));
  }

  ResultActions removeMember(int workflow, int member) throws Exception {
    return mvc.perform(
        delete("/api/v1/workflows/" + workflow + "/members/" + member).headers(auth(owner)));
  }

  ResultActions get(int user, String path) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(path).param("limit", "100").headers(auth(user)));
  }

  ResultActions schedule(int... profiles) throws Exception {
    String at = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString();
    String ids = Arrays.toString(profiles);
    return mvc.perform(
        post("/api/v1/platform-posts")
            .headers(auth(owner))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"contentId\": %d, \"socialProfileIds\": %s, \"scheduledTime\": \"%s\"}"
                    .formatted(content, ids, at)));
  }

  ResultActions cancelPost(int post) throws Exception {
    return mvc.perform(delete("/api/v1/platform-posts/" + post).headers(auth(owner)));
  }

  void editBody(String body) {
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.user(owner, "creator"),
        sql -> sql.update("UPDATE segmint.content SET body = ? WHERE id = ?", body, content));
  }

  String statusOf(int workflow) {
    return asSystem("SELECT status::text FROM segmint.approval_workflow WHERE id = ?", workflow);
  }

  String postStatusOf(int post) {
    return asSystem("SELECT status::text FROM segmint.platform_post WHERE id = ?", post);
  }

  private static String asSystem(String query, int id) {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql -> sql.queryForObject(query, String.class, id));
  }

  static int idOf(ResultActions created) throws Exception {
    return JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id");
  }

  HttpHeaders auth(int user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, user == owner ? "creator" : "team_member").token());
    return headers;
  }
}
