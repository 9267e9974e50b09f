package com.segmint.publishing.dispatch;

import java.net.URI;
import java.nio.file.Path;

/**
 * One uploaded image or video: {@code file} for platforms that take an upload (YouTube), {@code
 * publicUrl} for platforms that fetch it (Instagram). {@code kind} is {@code image} or {@code
 * video}.
 */
public record MediaFile(String kind, String mimeType, long sizeBytes, Path file, URI publicUrl) {}
