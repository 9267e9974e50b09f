package com.segmint.publishing.media;

import java.nio.file.Path;

/** A stored file ready to serve: where it is, its detected type and its SHA-256 (an ETag). */
public record MediaDownload(Path file, String mimeType, long sizeBytes, String sha256) {}
