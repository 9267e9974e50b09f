package com.segmint.engine;

/** The content ideas are asked for. */
public record ContentAtHand(String title, String body) {

  /** The text a content is embedded as, here and in a creator's profile. */
  public String text() {
    return title + "\n" + body;
  }
}
