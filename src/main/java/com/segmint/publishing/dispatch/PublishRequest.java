package com.segmint.publishing.dispatch;

import com.segmint.users.ProfileTokens;
import java.util.List;
import java.util.UUID;

/**
 * Everything an adapter needs to publish one platform post: the text to send (already validated and
 * adapted for the platform; for a thread, {@code threadParts} holds the numbered parts in order and
 * {@code text} the first), the content's title (YouTube's video title), the media, and the
 * connected profile's decrypted tokens. {@code idempotencyKey} is stable across attempts of the
 * same post. Its {@code toString} never shows the tokens.
 */
public record PublishRequest(
    int postId,
    UUID idempotencyKey,
    int attempt,
    String handle,
    String title,
    String text,
    List<String> threadParts,
    List<MediaFile> media,
    ProfileTokens tokens) {

  public PublishRequest {
    threadParts = List.copyOf(threadParts);
    media = List.copyOf(media);
  }

  @Override
  public String toString() {
    return "PublishRequest[postId=%d, attempt=%d, handle=%s, %d thread parts, %d media]"
        .formatted(postId, attempt, handle, threadParts.size(), media.size());
  }
}
