package com.segmint.engine.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;

/** The model gave no usable answer; the message says why in words fit for an API response. */
public class LlmUnavailable extends RuntimeException {

  public LlmUnavailable(String message) {
    super(message);
  }

  LlmUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  /** Classifies a failed call by what it found in the cause chain, never by its messages. */
  static LlmUnavailable from(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException) {
        return new LlmUnavailable("the LLM did not answer in time", failure);
      }
      if (cause instanceof HttpException http) {
        return new LlmUnavailable(describe(http.statusCode()), failure);
      }
    }
    return new LlmUnavailable("the LLM's response could not be read", failure);
  }

  private static String describe(int status) {
    if (status == 0) {
      return "the LLM endpoint could not be reached";
    }
    if (status == 429) {
      return "the LLM endpoint is rate-limiting requests (HTTP 429)";
    }
    if (status == 401 || status == 403) {
      return "the LLM endpoint refused the configured credentials (HTTP " + status + ")";
    }
    if (status >= 500) {
      return "the LLM endpoint failed (HTTP " + status + ")";
    }
    return "the LLM endpoint refused the request (HTTP " + status + ")";
  }
}
