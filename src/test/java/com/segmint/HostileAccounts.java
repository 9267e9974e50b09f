package com.segmint;

import static com.segmint.HostileValues.bodies;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.segmint.HostileCase.Mutation;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Hostile calls on the account endpoints: registration, sessions, the caller's account, admin. */
final class HostileAccounts {

  private static final String LONG_EMAIL = "x".repeat(250) + "@example.com";

  private HostileAccounts() {}

  static Arbitrary<HostileCase> cases(HostileCalls calls) {
    return Arbitraries.oneOf(
        register(),
        login(),
        session("/api/v1/auth/refresh"),
        session("/api/v1/auth/logout"),
        me(),
        administration(calls));
  }

  private static Arbitrary<HostileCase> register() {
    Map<String, Object> valid =
        Map.of(
            "username", "fuzz_valid",
            "email", "fuzz_valid@example.com",
            "password", "correct horse battery",
            "timeZone", "UTC");
    return bodies(
        POST,
        "/api/v1/auth/register",
        valid,
        List.of(
            defects(
                "username",
                null,
                "",
                "ab",
                "a b",
                "x".repeat(51),
                "<script>",
                "name;DROP",
                "\u00e4dmin",
                "user\u0000",
                Map.of(),
                List.of()),
            emailDefects(),
            defects("password", null, "short", "x".repeat(129), Map.of()),
            timeZoneDefects()));
  }

  private static Arbitrary<HostileCase> login() {
    Map<String, Object> valid = Map.of("username", "nobody", "password", "irrelevant");
    return bodies(
        POST,
        "/api/v1/auth/login",
        valid,
        List.of(
            defects("username", null, "", "   ", "x".repeat(256), Map.of(), List.of()),
            defects("password", null, "x".repeat(1_025), Map.of(), List.of())));
  }

  /** A refresh token is only looked up by its hash: odd ones are unknown, not defects. */
  private static Arbitrary<HostileCase> session(String path) {
    Arbitrary<Mutation> token =
        HostileValues.text("refreshToken", 200)
            .map(
                m -> m.kind().equals("nul") ? new Mutation(m.field(), m.value(), false, "nul") : m);
    return bodies(POST, path, Map.of("refreshToken", "not-a-token"), List.of(token));
  }

  private static Arbitrary<HostileCase> me() {
    Arbitrary<HostileCase> patches =
        bodies(
            PATCH,
            "/api/v1/me",
            Map.of("timeZone", "UTC"),
            List.of(emailDefects(), timeZoneDefects()));
    return Arbitraries.oneOf(
        patches.map(hostile -> hostile.withIfMatch("{me}", false)),
        HostileValues.withBadIfMatch(patches));
  }

  private static Arbitrary<HostileCase> administration(HostileCalls calls) {
    Arbitrary<HostileCase> roles =
        bodies(
            PUT,
            "/api/v1/users/" + calls.member + "/role",
            Map.of("role", "team_member"),
            List.of(HostileValues.oneOf("role", "team_member")));
    return Arbitraries.oneOf(
        HostileValues.withBadIfMatch(roles),
        HostileInputTests.foreignIds(DELETE, "/api/v1/users/", "", null, Integer.MAX_VALUE),
        HostileInputTests.foreignIds(POST, "/api/v1/users/", "/erasure", null, Integer.MAX_VALUE));
  }

  private static Arbitrary<Mutation> emailDefects() {
    return defects(
        "email",
        "",
        "not-an-email",
        "a@",
        "@b.example",
        "a@b@c.example",
        LONG_EMAIL,
        "a\u0000@example.com",
        "<script>@example.com",
        List.of());
  }

  private static Arbitrary<Mutation> timeZoneDefects() {
    return defects(
        "timeZone",
        "Mars/Olympus",
        "UTC+25",
        "'; DROP TABLE segmint.users; --",
        "Europe/Berlin\u0000",
        "../../etc/localtime",
        Map.of());
  }

  private static Arbitrary<Mutation> defects(String field, Object... values) {
    Object[] written =
        java.util.Arrays.stream(values).map(v -> v == null ? new Json.Raw("null") : v).toArray();
    return Arbitraries.of(written)
        .map(value -> new Mutation(field, value, true, "defect " + shortly(value)));
  }

  private static String shortly(Object value) {
    String text = String.valueOf(value);
    return text.length() < 20 ? text : text.substring(0, 20) + "...";
  }
}
