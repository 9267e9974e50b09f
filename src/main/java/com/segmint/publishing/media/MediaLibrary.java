package com.segmint.publishing.media;

import com.segmint.publishing.dispatch.MediaFile;
import java.util.UUID;

/**
 * Where uploaded media lives. A platform post's {@code media} column holds an array of {@code
 * {"mediaId": uuid, "kind": "image"|"video", "mimeType": "...", "sizeBytes": n}}; this turns one
 * entry into the file an adapter uploads or the URL a platform fetches.
 */
public interface MediaLibrary {

  MediaFile resolve(UUID mediaId, String kind, String mimeType, long sizeBytes);
}
