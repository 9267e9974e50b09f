package com.segmint.users.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.segmint.support.Fixtures;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The account API as a client calls it, over MockMvc, with names no other test uses. */
final class AccountRequests {

  static final String PASSWORD = "correct horse battery staple";

  private final MockMvc mvc;

  AccountRequests(MockMvc mvc) {
    this.mvc = mvc;
  }

  /** A client address of its own, so no other test's failed logins count against it. */
  static String uniqueAddress() {
    return "test-" + UUID.randomUUID();
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static String read(ResultActions result, String path) throws Exception {
    return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path).toString();
  }

  ResultActions register(String username) throws Exception {
    return register(username, username + "@example.com", PASSWORD);
  }

  ResultActions register(String username, String email, String password) throws Exception {
    return mvc.perform(
        json(
            post("/api/v1/auth/register"),
            """
            {"username": "%s", "email": "%s", "password": "%s"}"""
                .formatted(username, email, password)));
  }

  /** Registers a new creator and returns its username. */
  String newUser() throws Exception {
    String username = Fixtures.unique("user");
    register(username).andReturn();
    return username;
  }

  ResultActions login(String username, String password, String address) throws Exception {
    return mvc.perform(
        json(
                post("/api/v1/auth/login"),
                """
                {"username": "%s", "password": "%s"}"""
                    .formatted(username, password))
            .with(
                request -> {
                  request.setRemoteAddr(address);
                  return request;
                }));
  }

  ResultActions login(String username) throws Exception {
    return login(username, PASSWORD, uniqueAddress());
  }

  ResultActions refresh(String refreshToken) throws Exception {
    return mvc.perform(
        json(post("/api/v1/auth/refresh"), "{\"refreshToken\": \"%s\"}".formatted(refreshToken)));
  }

  ResultActions logout(String refreshToken) throws Exception {
    return mvc.perform(
        json(post("/api/v1/auth/logout"), "{\"refreshToken\": \"%s\"}".formatted(refreshToken)));
  }
}
