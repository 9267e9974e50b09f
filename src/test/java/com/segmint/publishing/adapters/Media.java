package com.segmint.publishing.adapters;

import com.segmint.publishing.dispatch.MediaFile;
import java.net.URI;
import java.nio.file.Path;

/** Media files for the adapter tests. */
final class Media {

  private Media() {}

  static MediaFile image() {
    return new MediaFile(
        "image",
        "image/jpeg",
        1024,
        Path.of("missing.jpg"),
        URI.create("https://media.segmint.example/a.jpg"));
  }

  static MediaFile video(Path file, long size) {
    return new MediaFile(
        "video", "video/mp4", size, file, URI.create("https://media.segmint.example/v.mp4"));
  }
}
