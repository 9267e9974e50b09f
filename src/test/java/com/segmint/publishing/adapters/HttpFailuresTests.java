package com.segmint.publishing.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpFailuresTests {

  @RegisterExtension
  static WireMockExtension platform =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final PlatformHttp http =
      new PlatformHttp(
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          reply -> HttpFailures.ofResponse(reply, RetryHints.retryAfter(reply, Clock.systemUTC())));

  @ParameterizedTest
  @CsvSource({
    "400, bad_request",
    "401, auth",
    "403, auth",
    "404, bad_request",
    "422, bad_request",
    "429, rate_limited",
    "500, unknown_outcome",
    "502, unknown_outcome",
    "503, transient_",
    "504, unknown_outcome"
  })
  void shouldClassifyEachStatusByWhetherThePlatformMayHavePosted(int status, String kind) {
    platform.stubFor(post("/posts").willReturn(aResponse().withStatus(status).withBody("{}")));

    assertThat(failureOf(platform.baseUrl()).kind()).isEqualTo(PostErrorKind.valueOf(kind));
  }

  @Test
  void shouldAnswerUnknownOutcomeWhenTheConnectionIsResetAfterSending() {
    platform.stubFor(
        post("/posts").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThat(failureOf(platform.baseUrl()).kind()).isEqualTo(PostErrorKind.unknown_outcome);
  }

  @Test
  void shouldAnswerUnknownOutcomeWhenTheReadTimesOut() {
    platform.stubFor(post("/posts").willReturn(aResponse().withStatus(201).withFixedDelay(4_000)));

    assertThat(failureOf(platform.baseUrl()).kind()).isEqualTo(PostErrorKind.unknown_outcome);
    platform.verify(1, postRequestedFor(urlEqualTo("/posts")));
  }

  @Test
  void shouldAnswerTransientWhenNothingListens() {
    assertThat(failureOf("http://localhost:" + Requests.closedPort()).kind())
        .isEqualTo(PostErrorKind.transient_);
  }

  @Test
  void shouldTurnAnUnknownOutcomeIntoTransientForALookup() {
    platform.stubFor(post("/posts").willReturn(aResponse().withStatus(500)));
    HttpRequest.Builder lookup = call(platform.baseUrl());

    assertThatThrownBy(() -> http.read(lookup, Requests.TOKEN))
        .isInstanceOfSatisfying(
            PublishFailure.class,
            failure -> assertThat(failure.outcome().kind()).isEqualTo(PostErrorKind.transient_));
  }

  @Test
  void shouldKeepTheRawResponseWithoutCredentials() {
    platform.stubFor(
        post("/posts")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Set-Cookie", "session=abc")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .withBody("{\"error\":\"bad token " + Requests.TOKEN + "\"}")));

    Failed failed = failureOf(platform.baseUrl());

    assertThat(failed.httpStatus()).as(failed.message()).isEqualTo(401);
    assertThat(failed.responseBody()).isEqualTo("{\"error\":\"bad token [redacted]\"}");
    assertThat(failed.responseHeaders())
        .containsKey("www-authenticate")
        .doesNotContainKey("set-cookie");
    assertThat(failed.toString()).doesNotContain(Requests.TOKEN);
  }

  @Test
  void shouldReadRetryAfterAsSecondsOrAsADate() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    assertThat(RetryHints.retryAfter(reply("retry-after", "30"), clock))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryHints.retryAfter(reply("retry-after", "Wed, 25 Nov 2026 12:01:30 GMT"), clock))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(RetryHints.retryAfter(reply("retry-after", "soon"), clock)).isNull();
    assertThat(
            RetryHints.untilEpochSecond(
                reply("x-rate-limit-reset", "1795608000"), "x-rate-limit-reset", clock))
        .isEqualTo(Duration.between(clock.instant(), Instant.ofEpochSecond(1795608000)));
  }

  private Failed failureOf(String baseUrl) {
    try {
      http.send(call(baseUrl), Requests.TOKEN);
    } catch (PublishFailure failure) {
      return failure.outcome();
    }
    throw new AssertionError("the call succeeded");
  }

  private static HttpRequest.Builder call(String baseUrl) {
    return HttpRequest.newBuilder(Endpoints.under(URI.create(baseUrl), "/posts"))
        .header("Authorization", "Bearer " + Requests.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("{}"));
  }

  private static HttpReply reply(String header, String value) {
    return new HttpReply(429, Map.of(header, value), "");
  }
}
