package com.segmint;

import com.segmint.HostileCase.Mutation;
import com.segmint.Json.Raw;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Hostile values for the idea endpoints: the count, the platform and the creator's own ideas. */
final class HostileIdeas {

  private HostileIdeas() {}

  /** An optional count of 1 to 20. */
  static Arbitrary<Mutation> count() {
    return Arbitraries.oneOf(
        Arbitraries.of(0, -1, 21, Integer.MAX_VALUE, Integer.MIN_VALUE)
            .map(count -> new Mutation("count", count, true, "count " + count)),
        Arbitraries.of("1e400", "99999999999999999999", "NaN")
            .map(raw -> new Mutation("count", new Raw(raw), true, "number " + raw)),
        Arbitraries.of("many", List.of(3), Map.of())
            .map(value -> new Mutation("count", value, true, "not a number")),
        Arbitraries.of(1, 20, "5")
            .map(count -> new Mutation("count", count, false, "count " + count)),
        Arbitraries.just(new Mutation("count", Mutation.ABSENT, false, "absent")));
  }

  /** An optional platform name: an unknown one is refused, a known one in any case is fine. */
  static Arbitrary<Mutation> platform() {
    return Arbitraries.oneOf(
        Arbitraries.of("MySpace", "", "LinkedIn'--", "Link\u0000edIn")
            .map(value -> new Mutation("platform", value, true, "unknown " + value)),
        Arbitraries.of("linkedin", "X", "YOUTUBE", "Instagram")
            .map(value -> new Mutation("platform", value, false, "known " + value)),
        Arbitraries.of(List.of("x"), Map.of("a", 1))
            .map(value -> new Mutation("platform", value, true, "not text")));
  }

  /** The creator's own ideas: 1 to 50 texts of 1 to 500 characters. */
  static Arbitrary<Mutation> ownIdeas() {
    return Arbitraries.oneOf(
        Arbitraries.of(
                List.of(),
                Collections.nCopies(51, "An idea"),
                List.of(" \t "),
                List.of(""),
                List.of("x".repeat(501)),
                List.of("fine", "x".repeat(501)),
                List.of("a\u0000b"),
                List.of(List.of("nested")),
                List.of(Map.of("text", "an idea")))
            .map(value -> new Mutation("ideas", value, true, "bad list of " + value.size())),
        Arbitraries.just(new Mutation("ideas", null, true, "null")),
        Arbitraries.of(Mutation.ABSENT, 42, Map.of("a", 1))
            .map(value -> new Mutation("ideas", value, true, "not a list")),
        Arbitraries.just(new Mutation("ideas", "one idea", false, "a single text")),
        HostileValues.oddText()
            .filter(text -> !text.isBlank() && text.length() <= 500)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(texts -> new Mutation("ideas", texts, false, "odd ideas")));
  }
}
