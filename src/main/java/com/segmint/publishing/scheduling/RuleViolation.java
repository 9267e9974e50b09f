package com.segmint.publishing.scheduling;

/** A platform rule one post breaks: the request field (e.g. {@code posts[1].text}) and the rule. */
record RuleViolation(String field, String rule, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
