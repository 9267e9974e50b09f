package com.segmint.common;

/** A resource whose row {@code version} travels as its ETag. */
public interface Versioned {

  int version();
}
