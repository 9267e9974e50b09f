package com.segmint.publishing.text;

import com.twitter.twittertext.Extractor;
import java.util.List;

/** Hashtags as the platforms recognise them (twitter-text's rules: letters, digits, '_'). */
public final class Hashtags {

  private Hashtags() {}

  public static List<String> in(String text) {
    return new Extractor().extractHashtags(text);
  }
}
