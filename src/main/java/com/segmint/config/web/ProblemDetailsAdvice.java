package com.segmint.config.web;

import com.segmint.common.DataIntegrityViolation;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as RFC 9457 {@code application/problem+json}: Spring MVC's own errors through
 * the base class, the database's refusals of bad data as 4xx naming the field.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Map<DataIntegrityViolation.Kind, HttpStatus> STATUSES =
      Map.of(
          DataIntegrityViolation.Kind.INVALID_VALUE, HttpStatus.UNPROCESSABLE_CONTENT,
          DataIntegrityViolation.Kind.MISSING_REFERENCE, HttpStatus.UNPROCESSABLE_CONTENT,
          DataIntegrityViolation.Kind.CONFLICT, HttpStatus.CONFLICT,
          DataIntegrityViolation.Kind.NOT_FOUND, HttpStatus.NOT_FOUND);

  @ExceptionHandler(DataIntegrityViolation.class)
  ProblemDetail dataIntegrityViolation(DataIntegrityViolation violation) {
    HttpStatus status = STATUSES.get(violation.kind());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, violation.getMessage());
    problem.setType(ProblemTypes.of(violation.kind()));
    problem.setTitle(ProblemTypes.titleOf(violation.kind()));
    if (violation.field() != null) {
      problem.setProperty("field", violation.field());
    }
    if (violation.constraint() != null) {
      problem.setProperty("constraint", violation.constraint());
    }
    return problem;
  }

  /** Stable problem type URIs, relative to the API's base, one per kind of failure. */
  static final class ProblemTypes {

    private ProblemTypes() {}

    static URI of(DataIntegrityViolation.Kind kind) {
      return URI.create("/problems/" + kind.name().toLowerCase().replace('_', '-'));
    }

    static String titleOf(DataIntegrityViolation.Kind kind) {
      return switch (kind) {
        case INVALID_VALUE -> "Invalid value";
        case MISSING_REFERENCE -> "Referenced resource does not exist";
        case CONFLICT -> "Conflicts with an existing resource";
        case NOT_FOUND -> "Resource not found";
      };
    }
  }
}
