package com.segmint.common;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with Segmint's stable types, {@code /problems/<slug>}: one shape for
 * every error, whichever module answers it.
 */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String slug, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + slug));
    problem.setTitle(status.getReasonPhrase());
    return problem;
  }
}
