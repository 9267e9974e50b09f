package com.segmint.publishing;

/**
 * What a post says and carries, as a platform's rules see it: a title (YouTube's video title; null
 * elsewhere), the text, and how many images and videos are attached.
 */
public record PostText(String title, String text, int images, int videos) {

  public PostText {
    text = text == null ? "" : text;
  }

  public static PostText of(String text) {
    return new PostText(null, text, 0, 0);
  }
}
