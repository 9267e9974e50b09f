package com.segmint.publishing.media;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An upload over its kind's size limit: answered 413 naming the {@code file} field. */
class MediaTooLarge extends ErrorResponseException {

  MediaTooLarge(String kind, long maxBytes) {
    super(HttpStatus.CONTENT_TOO_LARGE, problem(kind, maxBytes), null);
  }

  private static ProblemDetail problem(String kind, long maxBytes) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "file: %s files may be at most %d bytes".formatted(kind, maxBytes));
    problem.setType(URI.create("/problems/payload-too-large"));
    problem.setTitle("Payload Too Large");
    problem.setProperty("field", "file");
    return problem;
  }
}
