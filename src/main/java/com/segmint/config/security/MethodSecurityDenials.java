package com.segmint.config.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A {@code @PreAuthorize} refusal is thrown from inside the controller, where the catch-all problem
 * handler would turn it into a 500. Handing it back to Spring Security lets the filter chain answer
 * it with the same 403 problem as every other refusal.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MethodSecurityDenials {

  @ExceptionHandler(AccessDeniedException.class)
  void rethrow(AccessDeniedException denied) {
    throw denied;
  }
}
