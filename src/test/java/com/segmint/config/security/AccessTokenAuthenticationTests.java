package com.segmint.config.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only a token Segmint signed, still valid, for a user who still exists, gets in; and the request
 * then acts in the database as that user.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class AccessTokenAuthenticationTests {

  private static final String WHOAMI = "/api/v1/test/whoami";

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;
  @Autowired JwtEncoder encoder;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());

  @Test
  void shouldActInTheDatabaseAsTheTokensUser() throws Exception {
    int user = fixtures.user("creator");
    mvc.perform(get(WHOAMI).header(HttpHeaders.AUTHORIZATION, bearer(issue(user))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.actor").value(user))
        .andExpect(jsonPath("$.role").value("creator"))
        .andExpect(jsonPath("$.databaseUser").value(user));
  }

  @Test
  void shouldAnswerAMissingTokenWith401Problem() throws Exception {
    mvc.perform(get(WHOAMI))
        .andExpect(status().isUnauthorized())
        .andExpect(
            header()
                .string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Bearer")))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/unauthenticated"))
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void shouldRefuseATokenSignedWithAnotherKey() throws Exception {
    int user = fixtures.user("creator");
    JwtEncoder forger =
        new NimbusJwtEncoder(
            new com.nimbusds.jose.jwk.source.ImmutableSecret<>(
                new SecretKeySpec(new byte[32], "HmacSHA256")));
    String forged = sign(forger, claims(user, "admin", Instant.now().plusSeconds(600)));
    expectUnauthorized(forged);
  }

  @Test
  void shouldRefuseAnUnsignedToken() throws Exception {
    int user = fixtures.user("creator");
    String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String payload =
        base64Url(
            "{\"iss\":\"segmint\",\"sub\":\"%d\",\"role\":\"admin\",\"exp\":%d}"
                .formatted(user, Instant.now().plusSeconds(600).getEpochSecond()));
    expectUnauthorized(header + "." + payload + ".");
  }

  @Test
  void shouldRefuseAnExpiredToken() throws Exception {
    int user = fixtures.user("creator");
    expectUnauthorized(sign(encoder, claims(user, "creator", Instant.now().minusSeconds(120))));
  }

  @Test
  void shouldRefuseATokenOfADeletedUser() throws Exception {
    int user = fixtures.user("creator");
    String token = issue(user);
    Sessions.run(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql -> sql.update("UPDATE segmint.users SET deleted_at = now() WHERE id = ?", user));
    expectUnauthorized(token);
  }

  private void expectUnauthorized(String token) throws Exception {
    mvc.perform(get(WHOAMI).header(HttpHeaders.AUTHORIZATION, bearer(token)))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private String issue(int user) {
    return issuer.issue(user, "creator").token();
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static JwtClaimsSet claims(int user, String role, Instant expiresAt) {
    return JwtClaimsSet.builder()
        .issuer("segmint")
        .subject(Integer.toString(user))
        .issuedAt(expiresAt.minusSeconds(900))
        .expiresAt(expiresAt)
        .claim("role", role)
        .build();
  }

  private static String sign(JwtEncoder encoder, JwtClaimsSet claims) {
    return encoder
        .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
        .getTokenValue();
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @TestConfiguration
  static class WhoAmI {

    @Bean
    WhoAmIController whoAmIController(DSLContext db, TransactionTemplate transactions) {
      return new WhoAmIController(db, transactions);
    }
  }

  @RestController
  static class WhoAmIController {

    private final DSLContext db;
    private final TransactionTemplate transactions;

    WhoAmIController(DSLContext db, TransactionTemplate transactions) {
      this.db = db;
      this.transactions = transactions;
    }

    @GetMapping(WHOAMI)
    Map<String, Object> whoAmI() {
      DatabaseActor actor = DatabaseActors.current().orElseThrow();
      Integer databaseUser =
          transactions.execute(
              status ->
                  db.fetchValue(org.jooq.impl.DSL.field("segmint.app_user_id()", Integer.class)));
      return Map.of("actor", actor.userId(), "role", actor.role(), "databaseUser", databaseUser);
    }
  }
}
