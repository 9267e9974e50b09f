package com.segmint.config.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Stable problem types, {@code /problems/<slug>}, one per kind of failure, so clients can branch on
 * the type rather than on the wording.
 */
final class ProblemTypes {

  private static final URI BLANK = URI.create("about:blank");

  private ProblemTypes() {}

  static boolean isBlank(ProblemDetail problem) {
    return problem.getType() == null || BLANK.equals(problem.getType());
  }

  /** Names a framework-made problem after its status, e.g. {@code /problems/method-not-allowed}. */
  static void name(ProblemDetail problem, HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    String slug =
        known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
    problem.setType(URI.create("/problems/" + slug));
  }
}
