package com.segmint.publishing.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The file types Segmint accepts, recognised by their first bytes (magic numbers): a file's name
 * and the client's content type are never trusted.
 */
enum MediaSignature {
  JPEG("image", "image/jpeg"),
  PNG("image", "image/png"),
  GIF("image", "image/gif"),
  WEBP("image", "image/webp"),
  MP4("video", "video/mp4"),
  QUICKTIME("video", "video/quicktime");

  /** How many leading bytes {@link #detect} needs to see. */
  static final int HEADER_BYTES = 12;

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final Set<String> QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide", "free", "skip");

  private final String kind;
  private final String mimeType;

  MediaSignature(String kind, String mimeType) {
    this.kind = kind;
    this.mimeType = mimeType;
  }

  String kind() {
    return kind;
  }

  String mimeType() {
    return mimeType;
  }

  static Optional<MediaSignature> detect(byte[] header) {
    if (header.length < HEADER_BYTES) {
      return Optional.empty();
    }
    if ((header[0] & 0xFF) == 0xFF && (header[1] & 0xFF) == 0xD8 && (header[2] & 0xFF) == 0xFF) {
      return Optional.of(JPEG);
    }
    if (Arrays.equals(header, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length)) {
      return Optional.of(PNG);
    }
    String ascii = new String(header, 0, HEADER_BYTES, StandardCharsets.ISO_8859_1);
    if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
      return Optional.of(GIF);
    }
    if (ascii.startsWith("RIFF") && ascii.startsWith("WEBP", 8)) {
      return Optional.of(WEBP);
    }
    return isoMedia(ascii.substring(4, 8), ascii.substring(8, 12));
  }

  /** ISO base media files (MP4, QuickTime) start with a box: size, then its four-letter type. */
  private static Optional<MediaSignature> isoMedia(String box, String brand) {
    if (box.equals("ftyp")) {
      return Optional.of(brand.equals("qt  ") ? QUICKTIME : MP4);
    }
    return QUICKTIME_ATOMS.contains(box) ? Optional.of(QUICKTIME) : Optional.empty();
  }
}
