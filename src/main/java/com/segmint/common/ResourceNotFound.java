package com.segmint.common;

/**
 * The resource does not exist, or the caller may not see it: both answer 404, so ids of other
 * users' rows reveal nothing.
 */
public class ResourceNotFound extends RuntimeException {

  public ResourceNotFound(String resource, Object id) {
    super("%s %s not found".formatted(resource, id));
  }
}
