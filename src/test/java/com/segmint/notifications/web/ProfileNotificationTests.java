package com.segmint.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import com.segmint.users.SocialProfileExpiring;
import com.segmint.users.SocialProfileNeedsReconnect;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A creator hears when a connected account stops working or is about to, once per occurrence. */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class ProfileNotificationTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());

  @Test
  void shouldTellTheOwnerOnceThatAProfileNeedsReconnecting() throws Exception {
    int owner = fixtures.user("creator");
    int other = fixtures.user("creator");
    int profile = fixtures.socialProfile(owner, "LinkedIn");
    SocialProfileNeedsReconnect lost =
        new SocialProfileNeedsReconnect(profile, owner, SocialPlatform.LinkedIn);

    publish(lost);
    publish(lost);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(messagesOf(owner)).hasSize(1));
    assertThat(messagesOf(owner).get(0)).contains("LinkedIn").contains("connected again");
    assertThat(messagesOf(other)).isEmpty();
  }

  @Test
  void shouldWarnTheOwnerOfAnExpiringProfileWithItsExpiry() throws Exception {
    int owner = fixtures.user("creator");
    int profile = fixtures.socialProfile(owner, "LinkedIn");
    OffsetDateTime expiry = OffsetDateTime.of(2027, 1, 5, 12, 0, 0, 0, ZoneOffset.UTC);

    publish(new SocialProfileExpiring(profile, owner, SocialPlatform.LinkedIn, expiry));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(messagesOf(owner)).singleElement().asString().contains("2027-01-05"));
  }

  private void publish(Object event) {
    DatabaseActors.runAs(
        DatabaseActor.system(),
        () -> transactions.executeWithoutResult(status -> events.publishEvent(event)));
  }

  private List<String> messagesOf(int user) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(issuer.issue(user, "creator").token());
    String page =
        mvc.perform(get("/api/v1/notifications").headers(headers))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(page, "$.items[*].message");
  }
}
