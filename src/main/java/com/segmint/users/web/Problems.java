package com.segmint.users.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The refusals this module answers itself, in the shape and with the {@code /problems/<slug>} types
 * of every other error.
 */
final class Problems {

  private Problems() {}

  static ProblemDetail of(HttpStatus status, String slug, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + slug));
    problem.setTitle(status.getReasonPhrase());
    return problem;
  }
}
