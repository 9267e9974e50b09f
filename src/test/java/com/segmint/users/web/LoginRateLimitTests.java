package com.segmint.users.web;

import static com.segmint.users.web.AccountRequests.PASSWORD;
import static com.segmint.users.web.AccountRequests.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Failed logins are limited per account (5 in 15 minutes) and per client address (20 a minute), the
 * defaults of {@code segmint.login.*}.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class LoginRateLimitTests {

  private static final String WRONG = "definitely not the password";

  @Autowired MockMvc mvc;

  private AccountRequests api;

  @BeforeEach
  void setUp() {
    api = new AccountRequests(mvc);
  }

  @Test
  void shouldRefuseAnAccountAfterFiveFailuresEvenWithTheRightPasswordAndFromElsewhere()
      throws Exception {
    String username = api.newUser();
    for (int attempt = 1; attempt <= 5; attempt++) {
      api.login(username, WRONG, uniqueAddress()).andExpect(status().isUnauthorized());
    }
    String retryAfter =
        api.login(username, PASSWORD, uniqueAddress())
            .andExpect(status().isTooManyRequests())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("/problems/too-many-login-attempts"))
            .andReturn()
            .getResponse()
            .getHeader(HttpHeaders.RETRY_AFTER);
    assertThat(Long.parseLong(retryAfter)).isBetween(1L, 15L * 60);
  }

  @Test
  void shouldRefuseAnAddressAfterTwentyFailuresWhateverTheAccount() throws Exception {
    String address = uniqueAddress();
    for (int attempt = 1; attempt <= 20; attempt++) {
      api.login(Fixtures.unique("guess"), WRONG, address).andExpect(status().isUnauthorized());
    }
    String username = api.newUser();
    String retryAfter =
        api.login(username, PASSWORD, address)
            .andExpect(status().isTooManyRequests())
            .andReturn()
            .getResponse()
            .getHeader(HttpHeaders.RETRY_AFTER);
    assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
    api.login(username, PASSWORD, uniqueAddress()).andExpect(status().isOk());
  }

  @Test
  void shouldForgetAnAccountsFailuresAfterASuccessfulLogin() throws Exception {
    String username = api.newUser();
    for (int attempt = 1; attempt <= 4; attempt++) {
      api.login(username, WRONG, uniqueAddress()).andExpect(status().isUnauthorized());
    }
    api.login(username, PASSWORD, uniqueAddress()).andExpect(status().isOk());
    for (int attempt = 1; attempt <= 4; attempt++) {
      api.login(username, WRONG, uniqueAddress()).andExpect(status().isUnauthorized());
    }
    api.login(username, PASSWORD, uniqueAddress()).andExpect(status().isOk());
  }
}
