package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.MediaFile;
import java.io.IOException;
import java.nio.file.Files;

/** Reads an uploaded file for a platform that takes the bytes; unreadable is a bad request. */
final class MediaFiles {

  private MediaFiles() {}

  static byte[] bytes(MediaFile file) {
    try {
      return Files.readAllBytes(file.file());
    } catch (IOException unreadable) {
      throw new PublishFailure(
          HttpFailures.failed(
              PostErrorKind.bad_request, "a media file cannot be read: nothing was sent"));
    }
  }
}
