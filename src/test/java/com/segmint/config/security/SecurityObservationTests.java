package com.segmint.config.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An authenticated request is timed once, as {@code http.server.requests}, not again around every
 * security filter, authentication and authorization (most of the third of a request's allocation
 * that went to Micrometer).
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class SecurityObservationTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;
  @Autowired MeterRegistry meters;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());

  @Test
  void shouldTimeTheRequestButNotEachSecurityStep() throws Exception {
    int user = fixtures.user("creator");
    String token = issuer.issue(user, "creator").token();

    mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
        .andExpect(status().isOk());

    assertThat(meters.find("http.server.requests").tag("uri", "/api/v1/me").timer()).isNotNull();
    assertThat(meters.find("spring.security.filterchains").meters()).isEmpty();
    assertThat(meters.find("spring.security.authentications").meters()).isEmpty();
    assertThat(meters.find("spring.security.authorizations").meters()).isEmpty();
  }
}
