package com.segmint.publishing.media;

import com.segmint.publishing.dispatch.MediaFile;
import java.net.URI;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Media on the local disk, one file per id, served under the public base URL. */
@Component
class LocalMediaLibrary implements MediaLibrary {

  private final MediaProperties properties;

  LocalMediaLibrary(MediaProperties properties) {
    this.properties = properties;
  }

  @Override
  public MediaFile resolve(UUID mediaId, String kind, String mimeType, long sizeBytes) {
    String base = properties.publicBaseUrl().toString();
    URI publicUrl = URI.create(base.endsWith("/") ? base + mediaId : base + "/" + mediaId);
    return new MediaFile(
        kind, mimeType, sizeBytes, properties.directory().resolve(mediaId.toString()), publicUrl);
  }
}
