package com.segmint.common;

/** The request is valid but the resource's state forbids it now (409), e.g. a wrong transition. */
public class Conflict extends RuntimeException {

  public Conflict(String message) {
    super(message);
  }
}
