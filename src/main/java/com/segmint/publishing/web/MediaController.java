package com.segmint.publishing.web;

import com.segmint.common.ResourceNotFound;
import com.segmint.publishing.media.MediaDownload;
import com.segmint.publishing.media.MediaUploads;
import com.segmint.publishing.media.StoredMedia;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Media", description = "Images and videos to publish with posts")
class MediaController {

  private final MediaUploads uploads;

  MediaController(MediaUploads uploads) {
    this.uploads = uploads;
  }

  @PostMapping(path = "/api/v1/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload an image (JPEG, PNG, GIF, WebP) or a video (MP4, QuickTime)",
      description =
          "The part is named file. Its type is detected from its bytes; its name and content"
              + " type are ignored. Limits: segmint.media.max-size.image and .video.")
  @ApiResponse(responseCode = "201", description = "Stored; url is where platforms fetch it")
  @ApiResponse(
      responseCode = "400",
      description = "No file part, or its bytes are not a supported image or video",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "413",
      description = "Larger than its kind's limit or the upload limit",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<StoredMedia> upload(@RequestPart("file") MultipartFile file) throws IOException {
    try (InputStream body = file.getInputStream()) {
      StoredMedia stored = uploads.upload(body);
      return ResponseEntity.status(HttpStatus.CREATED).location(stored.url()).body(stored);
    }
  }

  @GetMapping("/media/{id}")
  @SecurityRequirements
  @Operation(
      summary = "A stored file, public to whoever knows its random id (platforms fetch media)",
      description = "Served with the detected content type; supports Range requests.")
  @ApiResponse(responseCode = "200", description = "The file's bytes")
  @ApiResponse(
      responseCode = "404",
      description = "No such media",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<Resource> download(@PathVariable String id) {
    MediaDownload media =
        parse(id).flatMap(uploads::open).orElseThrow(() -> new ResourceNotFound("media", id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(media.mimeType()))
        .eTag(media.sha256())
        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .header("X-Content-Type-Options", "nosniff")
        .body(new FileSystemResource(media.file()));
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }
}
