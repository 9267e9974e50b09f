package com.segmint.publishing.media;

import com.segmint.common.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** A file copied to disk within a size limit, with its size and SHA-256 counted on the way. */
record MediaCopy(long sizeBytes, String sha256) {

  private static final int BUFFER_BYTES = 64 * 1024;

  /**
   * @throws MediaTooLarge as soon as more than {@code maxBytes} arrived
   */
  static MediaCopy write(InputStream in, Path target, String kind, long maxBytes)
      throws IOException {
    MessageDigest sha256 = Sha256.newDigest();
    byte[] buffer = new byte[BUFFER_BYTES];
    long size = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        size += read;
        if (size > maxBytes) {
          throw new MediaTooLarge(kind, maxBytes);
        }
        sha256.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
    }
    return new MediaCopy(size, HexFormat.of().formatHex(sha256.digest()));
  }
}
