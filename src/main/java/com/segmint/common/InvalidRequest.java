package com.segmint.common;

/** A request the service refuses for one named field; answered 400 with that field. */
public class InvalidRequest extends RuntimeException {

  private final String field;

  public InvalidRequest(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
