package com.segmint.engine.drafts;

import java.util.List;

/** A text fitted to a platform; {@code cut} when something of it had to be left out. */
record Shaped(String title, List<String> posts, List<String> hashtags, boolean cut) {

  Shaped {
    posts = List.copyOf(posts);
  }
}
