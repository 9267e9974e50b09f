package com.segmint.publishing.adapters;

import com.segmint.publishing.dispatch.MediaFile;
import com.segmint.publishing.dispatch.PublishRequest;
import com.segmint.users.ProfileTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;

/** Publish requests and addresses for the adapter tests. */
final class Requests {

  static final String TOKEN = "secret-user-token-4f2a";

  private Requests() {}

  static PublishRequest text(String text) {
    return thread(text, List.of());
  }

  static PublishRequest thread(String text, List<String> parts) {
    return withMedia(text, parts, List.of());
  }

  static PublishRequest withMedia(String text, List<String> parts, List<MediaFile> media) {
    return new PublishRequest(
        7,
        UUID.fromString("6b1f1c36-0c2a-4d54-9e8e-6a1b2d3c4e5f"),
        1,
        "segmint",
        "Launch day",
        text,
        parts,
        media,
        new ProfileTokens(3, TOKEN, "secret-refresh-token", null));
  }

  /** A local port that nothing listens on. */
  static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException exception) {
      throw new UncheckedIOException(exception);
    }
  }
}
