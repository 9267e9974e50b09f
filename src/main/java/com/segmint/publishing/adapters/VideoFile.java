package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.MediaFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A video read range by range for a chunked upload, so a file of hundreds of megabytes is never
 * held in memory whole. An unreadable file is a bad request: nothing was published.
 */
final class VideoFile implements AutoCloseable {

  private final FileChannel channel;

  private VideoFile(FileChannel channel) {
    this.channel = channel;
  }

  static VideoFile open(MediaFile file) {
    try {
      return new VideoFile(FileChannel.open(file.file(), StandardOpenOption.READ));
    } catch (IOException unreadable) {
      throw unreadable();
    }
  }

  /** The bytes from {@code first} to {@code last} inclusive, fewer if the file ends before. */
  byte[] read(long first, long last) {
    ByteBuffer range = ByteBuffer.allocate(Math.toIntExact(last - first + 1));
    try {
      int read = 0;
      while (range.hasRemaining() && read >= 0) {
        read = channel.read(range, first + range.position());
      }
    } catch (IOException unreadable) {
      throw unreadable();
    }
    return Arrays.copyOf(range.array(), range.position());
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException closing) {
      // only read from: a failed close loses nothing
    }
  }

  private static PublishFailure unreadable() {
    return new PublishFailure(
        HttpFailures.failed(
            PostErrorKind.bad_request, "a media file cannot be read: nothing was sent"));
  }
}
