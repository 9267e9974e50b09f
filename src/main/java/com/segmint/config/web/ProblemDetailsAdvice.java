package com.segmint.config.web;

import com.segmint.common.Conflict;
import com.segmint.common.DataIntegrityViolation;
import com.segmint.common.InvalidRequest;
import com.segmint.common.Problems;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.VersionMismatch;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error leaves as RFC 9457 {@code application/problem+json} with a stable {@code type}:
 * Spring MVC's own errors through the base class, the service's and the database's refusals of bad
 * input as 4xx naming the field, anything unexpected as a 500 without internals.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private static final Map<DataIntegrityViolation.Kind, HttpStatus> STATUSES =
      Map.of(
          DataIntegrityViolation.Kind.INVALID_VALUE, HttpStatus.UNPROCESSABLE_CONTENT,
          DataIntegrityViolation.Kind.MISSING_REFERENCE, HttpStatus.UNPROCESSABLE_CONTENT,
          DataIntegrityViolation.Kind.CONFLICT, HttpStatus.CONFLICT,
          DataIntegrityViolation.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
          DataIntegrityViolation.Kind.FORBIDDEN, HttpStatus.FORBIDDEN,
          DataIntegrityViolation.Kind.CONTENT_NOT_APPROVED, HttpStatus.CONFLICT,
          DataIntegrityViolation.Kind.LAST_ADMIN, HttpStatus.CONFLICT);

  @ExceptionHandler(DataIntegrityViolation.class)
  ProblemDetail dataIntegrityViolation(DataIntegrityViolation violation) {
    ProblemDetail problem =
        Problems.of(
            STATUSES.get(violation.kind()),
            violation.kind().name().toLowerCase().replace('_', '-'),
            violation.getMessage());
    if (violation.field() != null) {
      problem.setProperty("field", violation.field());
    }
    if (violation.constraint() != null) {
      problem.setProperty("constraint", violation.constraint());
    }
    return problem;
  }

  @ExceptionHandler(ResourceNotFound.class)
  ProblemDetail notFound(ResourceNotFound notFound) {
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", notFound.getMessage());
  }

  @ExceptionHandler(InvalidRequest.class)
  ProblemDetail invalidRequest(InvalidRequest invalid) {
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", invalid.getMessage());
    problem.setProperty("field", invalid.field());
    problem.setProperty("errors", List.of(fieldError(invalid.field(), invalid.getMessage())));
    return problem;
  }

  @ExceptionHandler(VersionMismatch.class)
  ProblemDetail versionMismatch(VersionMismatch mismatch) {
    return mismatch.required()
        ? Problems.of(
            HttpStatus.PRECONDITION_REQUIRED, "precondition-required", mismatch.getMessage())
        : Problems.of(HttpStatus.PRECONDITION_FAILED, "precondition-failed", mismatch.getMessage());
  }

  @ExceptionHandler(Conflict.class)
  ProblemDetail conflict(Conflict conflict) {
    return Problems.of(HttpStatus.CONFLICT, "conflict", conflict.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch) {
    return invalidRequest(
        new InvalidRequest(mismatch.getName(), mismatch.getName() + " has the wrong type"));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException denied) {
    return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role may not do this");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception failure) {
    String incident = UUID.randomUUID().toString();
    log.error("Unexpected failure, incident {}", incident, failure);
    ProblemDetail problem =
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Something went wrong on our side; incident " + incident);
    problem.setProperty("incident", incident);
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException invalid,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        invalid.getBindingResult().getFieldErrors().stream()
            .map(error -> fieldError(error.getField(), messageOf(error)))
            .toList();
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "invalid-request",
            errors.stream()
                .map(error -> error.get("field") + ": " + error.get("message"))
                .collect(Collectors.joining("; ")));
    problem.setProperty("errors", errors);
    if (!errors.isEmpty()) {
      problem.setProperty("field", errors.get(0).get("field"));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException invalid,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        invalid.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                fieldError(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid parameters");
    problem.setProperty("errors", errors);
    if (!errors.isEmpty()) {
      problem.setProperty("field", errors.get(0).get("field"));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException unreadable,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (isTooLarge(unreadable)) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .body(
              Problems.of(
                  HttpStatus.CONTENT_TOO_LARGE,
                  "payload-too-large",
                  "The request body is too large"));
    }
    String field = fieldOf(unreadable);
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "malformed-body",
            field == null
                ? "The request body is not valid JSON for this operation"
                : "The request body has an invalid value for " + field);
    if (field != null) {
      problem.setProperty("field", field);
      problem.setProperty("errors", List.of(fieldError(field, "invalid value")));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception failure,
      Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    // Spring passes no body for its own errors (404, 405, 415...): their problem is the exception's
    ProblemDetail problem =
        body instanceof ProblemDetail given
            ? given
            : failure instanceof ErrorResponse framework ? framework.getBody() : null;
    if (problem != null && ProblemTypes.isBlank(problem)) {
      ProblemTypes.name(problem, status);
    }
    return super.handleExceptionInternal(failure, problem, headers, status, request);
  }

  private static boolean isTooLarge(HttpMessageNotReadableException unreadable) {
    for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyLimitFilter.BodyTooLarge) {
        return true;
      }
    }
    return false;
  }

  private static String fieldOf(HttpMessageNotReadableException unreadable) {
    for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
        return jackson.getPath().stream()
            .map(
                reference ->
                    reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
      }
    }
    return null;
  }

  private static String messageOf(FieldError error) {
    return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
  }

  private static Map<String, String> fieldError(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
