package com.segmint.users.web;

import static com.segmint.users.web.AccountRequests.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Refresh tokens rotate, are stored only hashed, and a replayed one ends its whole session. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class RefreshTokenTests {

  @Autowired MockMvc mvc;

  private final JdbcTemplate superuser = new JdbcTemplate(TestDatabase.get().superuser());
  private AccountRequests api;
  private String refreshToken;

  @BeforeEach
  void logIn() throws Exception {
    api = new AccountRequests(mvc);
    new Fixtures(TestDatabase.get().app()).user("creator");
    refreshToken = read(api.login(api.newUser()), "$.refreshToken");
  }

  @Test
  void shouldRotateTheTokenOnEveryRefresh() throws Exception {
    String second = read(api.refresh(refreshToken).andExpect(status().isOk()), "$.refreshToken");
    String third = read(api.refresh(second).andExpect(status().isOk()), "$.refreshToken");

    assertThat(second).isNotEqualTo(refreshToken).hasSizeGreaterThanOrEqualTo(43);
    assertThat(third).isNotEqualTo(second);
    assertThat(familyOf(third)).isEqualTo(familyOf(refreshToken));
  }

  @Test
  void shouldStoreOnlyTheTokensHash() throws Exception {
    Integer plain =
        superuser.queryForObject(
            "SELECT count(*) FROM segmint.refresh_token WHERE token_hash = convert_to(?, 'UTF8')",
            Integer.class,
            refreshToken);
    assertThat(plain).isZero();
    assertThat(familyOf(refreshToken)).isNotNull();
  }

  @Test
  void shouldRevokeTheWholeFamilyWhenARotatedTokenIsReused() throws Exception {
    String newest = read(api.refresh(refreshToken).andExpect(status().isOk()), "$.refreshToken");

    api.refresh(refreshToken)
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/invalid-credentials"));
    api.refresh(newest).andExpect(status().isUnauthorized());
  }

  @Test
  void shouldRefuseAnExpiredToken() throws Exception {
    superuser.update(
        "UPDATE segmint.refresh_token SET expires_at = now() - interval '1 second'"
            + " WHERE token_hash = ?",
        sha256(refreshToken));
    api.refresh(refreshToken).andExpect(status().isUnauthorized());
  }

  @Test
  void shouldRefuseAnUnknownToken() throws Exception {
    api.refresh("not-a-token-we-issued").andExpect(status().isUnauthorized());
  }

  @Test
  void shouldEndTheSessionOnLogout() throws Exception {
    String newest = read(api.refresh(refreshToken).andExpect(status().isOk()), "$.refreshToken");
    api.logout(refreshToken).andExpect(status().isNoContent());
    api.refresh(newest).andExpect(status().isUnauthorized());
  }

  private String familyOf(String token) {
    return superuser.queryForObject(
        "SELECT family_id::text FROM segmint.refresh_token WHERE token_hash = ?",
        String.class,
        sha256(token));
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
