package com.segmint.publishing.media;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.common.InvalidRequest;
import com.segmint.common.schema.tables.records.MediaRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads to the local media directory, each under a random UUID, typed by its first bytes and
 * limited by kind; and the public read of a stored file by its id.
 */
@Service
public class MediaUploads {

  static final String UNSUPPORTED =
      "file must be a JPEG, PNG, GIF or WebP image or an MP4 or QuickTime video"
          + " (recognised by its content, not its name)";

  private final MediaRepository media;
  private final MediaProperties properties;
  private final MediaSizeLimits limits;
  private final MediaLibrary library;
  private final TransactionTemplate readOnly;

  MediaUploads(
      MediaRepository media,
      MediaProperties properties,
      MediaSizeLimits limits,
      MediaLibrary library,
      PlatformTransactionManager transactions) {
    this.media = media;
    this.properties = properties;
    this.limits = limits;
    this.library = library;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /**
   * Stores the file for the acting user. The row is written before the file is moved into place, so
   * a file is never served without its row.
   *
   * @throws InvalidRequest naming {@code file} when its bytes are not a supported type
   * @throws MediaTooLarge when it is over its kind's limit
   */
  @Transactional
  public StoredMedia upload(InputStream body) throws IOException {
    InputStream in = new BufferedInputStream(body);
    in.mark(MediaSignature.HEADER_BYTES);
    byte[] header = in.readNBytes(MediaSignature.HEADER_BYTES);
    in.reset();
    MediaSignature type =
        MediaSignature.detect(header).orElseThrow(() -> new InvalidRequest("file", UNSUPPORTED));
    Files.createDirectories(properties.directory());
    UUID id = UUID.randomUUID();
    Path partial = properties.directory().resolve(id + ".part");
    try {
      MediaCopy copy = MediaCopy.write(in, partial, type.kind(), limits.bytesFor(type.kind()));
      MediaRecord row = media.insert(id, type, copy.sizeBytes(), copy.sha256());
      Files.move(
          partial, properties.directory().resolve(id.toString()), StandardCopyOption.ATOMIC_MOVE);
      return stored(row);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * A stored file by its id, for anyone who knows the id (platforms fetch it without a token);
   * empty when there is no row or no file (an upload whose commit failed leaves neither visible).
   */
  public Optional<MediaDownload> open(UUID id) {
    return DatabaseActors.callAs(
        DatabaseActor.system(),
        () ->
            readOnly
                .execute(status -> media.find(id))
                .map(
                    row ->
                        new MediaDownload(
                            properties.directory().resolve(row.getId().toString()),
                            row.getMimeType(),
                            row.getSizeBytes(),
                            row.getSha256()))
                .filter(download -> Files.isRegularFile(download.file())));
  }

  private StoredMedia stored(MediaRecord row) {
    String kind = row.getKind().getLiteral();
    return new StoredMedia(
        row.getId(),
        kind,
        row.getMimeType(),
        row.getSizeBytes(),
        row.getSha256(),
        library.resolve(row.getId(), kind, row.getMimeType(), row.getSizeBytes()).publicUrl(),
        row.getCreatedAt().toInstant());
  }
}
