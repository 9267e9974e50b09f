package com.segmint;

import com.segmint.HostileCase.Mutation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

/** Hostile query parameters on every list and search: cursors, limits, dates, filters. */
final class HostileQueries {

  private HostileQueries() {}

  static Arbitrary<HostileCase> cases(HostileCalls calls) {
    Map<String, List<Arbitrary<Mutation>>> endpoints =
        Map.of(
            "/api/v1/contents", List.of(cursor(), limit(), deleted()),
            "/api/v1/contents/search", List.of(query(), cursor(), limit()),
            "/api/v1/contents/recent", List.of(days(), cursor(), limit()),
            "/api/v1/platform-posts",
                List.of(text("status"), integer("contentId"), cursor(), limit()),
            "/api/v1/workflows", List.of(cursor(), limit()),
            "/api/v1/users", List.of(cursor(), limit()),
            "/api/v1/audit-events",
                List.of(
                    text("table"),
                    text("rowId"),
                    integer("actorId"),
                    time("from"),
                    time("to"),
                    cursor(),
                    limit()));
    return Arbitraries.of(endpoints.keySet())
        .flatMap(path -> parameters(endpoints.get(path)).map(params -> get(path, params)));
  }

  private static Arbitrary<List<Mutation>> parameters(List<Arbitrary<Mutation>> params) {
    return Arbitraries.oneOf(params)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .uniqueElements(Mutation::field);
  }

  private static HostileCase get(String path, List<Mutation> params) {
    StringBuilder query = new StringBuilder();
    boolean defective = false;
    for (Mutation param : params) {
      query
          .append(query.isEmpty() ? "?" : "&")
          .append(param.field())
          .append('=')
          .append(UriUtils.encodeQueryParam(String.valueOf(param.value()), StandardCharsets.UTF_8));
      defective |= param.defective();
    }
    return new HostileCase(
        HttpMethod.GET, path + query, "", null, null, defective, params.toString());
  }

  private static Arbitrary<Mutation> cursor() {
    return Arbitraries.oneOf(
        defects("cursor", "abc", "!!!", "\u0000", "eyJpZCI6LTF9", "A".repeat(5_000), "%00"),
        Arbitraries.strings().ofMaxLength(40).map(c -> new Mutation("cursor", c, false, "any")));
  }

  private static Arbitrary<Mutation> limit() {
    return Arbitraries.oneOf(
        defects("limit", "0", "-1", "101", "abc", "1e3", "2147483648", "1.5", "\u0000"),
        Arbitraries.of("1", "100", "", " 5").map(l -> new Mutation("limit", l, false, "limit")));
  }

  private static Arbitrary<Mutation> deleted() {
    return Arbitraries.oneOf(
        defects("deleted", "maybe", "2", "\u0000"),
        Arbitraries.of("TRUE", "false", "on", "")
            .map(d -> new Mutation("deleted", d, false, "deleted")));
  }

  private static Arbitrary<Mutation> query() {
    return Arbitraries.oneOf(
        defects("q", "", "   ", "x".repeat(201)),
        text("q"),
        Arbitraries.of("&|:*", "!!!", "a:*", "'", "\"unclosed", "-", "or or or", "<->")
            .map(q -> new Mutation("q", q, false, "tsquery syntax")));
  }

  private static Arbitrary<Mutation> days() {
    return Arbitraries.oneOf(
        defects("days", "0", "367", "-1", "abc", "2147483648", "\u0000"),
        Arbitraries.of("1", "366").map(d -> new Mutation("days", d, false, "days")));
  }

  private static Arbitrary<Mutation> time(String name) {
    return Arbitraries.oneOf(
        defects(
            name,
            "yesterday",
            "2026-13-01T00:00:00Z",
            "2026-01-01T00:00:00",
            "2026-01-01",
            "\u0000"),
        Arbitraries.of(
                "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-01-01T00:00Z")
            .map(t -> new Mutation(name, t, false, "extreme time")));
  }

  private static Arbitrary<Mutation> integer(String name) {
    return Arbitraries.oneOf(
        defects(name, "abc", "1.5", "2147483648", "1e3"),
        Arbitraries.of("-1", "0", "2147483647").map(i -> new Mutation(name, i, false, "int")));
  }

  private static Arbitrary<Mutation> text(String name) {
    return Arbitraries.oneOf(
            HostileValues.oddText(),
            Arbitraries.of(HostileValues.NUL_TEXTS),
            Arbitraries.just("x".repeat(10_000)))
        .map(text -> new Mutation(name, text, false, "text"));
  }

  private static Arbitrary<Mutation> defects(String name, String... values) {
    return Arbitraries.of(values).map(value -> new Mutation(name, value, true, "defect"));
  }
}
