package com.segmint.publishing.adapters;

import com.segmint.common.schema.enums.PostErrorKind;
import com.segmint.publishing.dispatch.MediaFile;
import com.segmint.publishing.dispatch.PublishOutcome.Failed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a video to a resumable upload session. The video exists only once the upload completes, so
 * a refused upload (4xx) published nothing. An interrupted one (5xx, timeout, reset) is settled by
 * asking the session: 200/201 means it completed, 308 Resume Incomplete says how many bytes arrived
 * and the rest is sent. Only when the session cannot be asked is the outcome unknown.
 */
final class YouTubeUpload {

  private static final Pattern RANGE_END = Pattern.compile("bytes=\\d+-(\\d+)");
  private static final int RESUME_INCOMPLETE = 308;

  private final YouTubeProperties properties;
  private final PlatformHttp http;
  private final PlatformHttp uploads;

  YouTubeUpload(YouTubeProperties properties, PlatformHttp http, PlatformHttp uploads) {
    this.properties = properties;
    this.http = http;
    this.uploads = uploads;
  }

  String send(URI session, MediaFile video, String token) {
    long size = size(video);
    Optional<HttpReply> sent = put(session, video, 0, size, token);
    for (int resume = 0; ; resume++) {
      if (sent.isPresent() && isDone(sent.get())) {
        return videoId(sent.get());
      }
      if (sent.isPresent() && isRefused(sent.get())) {
        throw new PublishFailure(uploads.classify(sent.get()));
      }
      HttpReply status = status(session, size, token);
      if (isDone(status)) {
        return videoId(status);
      }
      if (resume == properties.resumeAttempts()) {
        throw new PublishFailure(
            HttpFailures.fromReply(
                PostErrorKind.transient_,
                "upload incomplete after " + resume + " resumes: nothing was published",
                status,
                null));
      }
      sent = put(session, video, nextByte(status), size, token);
    }
  }

  static long size(MediaFile video) {
    try {
      return Files.size(video.file());
    } catch (IOException unreadable) {
      throw new PublishFailure(
          HttpFailures.failed(
              PostErrorKind.bad_request, "the video file cannot be read: nothing was sent"));
    }
  }

  /**
   * The upload's answer, or empty when it was interrupted after sending and the session must be
   * asked. A connection that never opened sent nothing, and the upload was incomplete before it (a
   * first upload, or a resume after a 308), so that failure is transient as it stands.
   */
  private Optional<HttpReply> put(
      URI session, MediaFile video, long from, long size, String token) {
    HttpRequest.Builder call =
        HttpRequest.newBuilder(session)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", video.mimeType())
            .PUT(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> open(video, from)),
                    size - from));
    if (from > 0) {
      call.header("Content-Range", "bytes " + from + "-" + (size - 1) + "/" + size);
    }
    try {
      return Optional.of(uploads.exchange(call, token));
    } catch (PublishFailure failure) {
      if (failure.outcome().kind() == PostErrorKind.transient_) {
        throw failure;
      }
      return Optional.empty();
    }
  }

  /** Asks the session how far the upload got; if it cannot answer, the outcome is unknown. */
  private HttpReply status(URI session, long size, String token) {
    HttpRequest.Builder call =
        HttpRequest.newBuilder(session)
            .header("Authorization", "Bearer " + token)
            .header("Content-Range", "bytes */" + size)
            .PUT(HttpRequest.BodyPublishers.noBody());
    HttpReply reply;
    try {
      reply = http.exchange(call, token);
    } catch (PublishFailure failure) {
      throw new PublishFailure(unknown(failure.outcome().message(), null));
    }
    if (!isDone(reply) && reply.status() != RESUME_INCOMPLETE) {
      throw new PublishFailure(unknown("HTTP " + reply.status(), reply));
    }
    return reply;
  }

  private static Failed unknown(String cause, HttpReply reply) {
    String message =
        "the upload was interrupted and its session cannot tell whether it completed: " + cause;
    return reply == null
        ? HttpFailures.failed(PostErrorKind.unknown_outcome, message)
        : HttpFailures.fromReply(PostErrorKind.unknown_outcome, message, reply, null);
  }

  private static String videoId(HttpReply reply) {
    return JsonBodies.require(
        JsonBodies.read(reply.body()).path("id"), reply, "video id", PostErrorKind.unknown_outcome);
  }

  private static boolean isDone(HttpReply reply) {
    return reply.status() == 200 || reply.status() == 201;
  }

  /** A 4xx: YouTube refused the upload, so no video exists. */
  private static boolean isRefused(HttpReply reply) {
    return reply.status() >= 400 && reply.status() < 500;
  }

  private static long nextByte(HttpReply status) {
    Matcher range = RANGE_END.matcher(status.header("range").orElse(""));
    return range.matches() ? Long.parseLong(range.group(1)) + 1 : 0;
  }

  private static InputStream open(MediaFile video, long from) {
    try {
      InputStream in = Files.newInputStream(video.file());
      in.skipNBytes(from);
      return in;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
