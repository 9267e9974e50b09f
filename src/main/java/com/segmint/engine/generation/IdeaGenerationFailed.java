package com.segmint.engine.generation;

/** A generator could not produce ideas; {@code getMessage()} says why, without any secret. */
public class IdeaGenerationFailed extends RuntimeException {

  public IdeaGenerationFailed(String message, Throwable cause) {
    super(message, cause);
  }

  public IdeaGenerationFailed(String message) {
    super(message);
  }
}
