package com.segmint.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413: at once when the Content-Length says
 * so, and while reading when a chunked body grows past it. Multipart uploads to the upload paths
 * are left to the multipart limits ({@code spring.servlet.multipart.*}) and their endpoint's own.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final Set<String> uploadPaths;

  RequestBodyLimitFilter(long maxBytes, Set<String> uploadPaths) {
    this.maxBytes = maxBytes;
    this.uploadPaths = Set.copyOf(uploadPaths);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
        && uploadPaths.contains(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response
          .getWriter()
          .write(
              "{\"type\":\"/problems/payload-too-large\",\"title\":\"Payload Too Large\","
                  + "\"status\":413,\"detail\":\"The request body is larger than %d bytes\"}"
                      .formatted(maxBytes));
      return;
    }
    chain.doFilter(new LimitedRequest(request, maxBytes), response);
  }

  /** Thrown while reading a body that turns out larger than allowed; answered with 413. */
  static class BodyTooLarge extends IOException {
    BodyTooLarge(long maxBytes) {
      super("The request body is larger than " + maxBytes + " bytes");
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long maxBytes;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream body = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int next = body.read();
          if (next >= 0 && ++read > maxBytes) {
            throw new BodyTooLarge(maxBytes);
          }
          return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int count = body.read(buffer, offset, length);
          if (count > 0 && (read += count) > maxBytes) {
            throw new BodyTooLarge(maxBytes);
          }
          return count;
        }

        @Override
        public boolean isFinished() {
          return body.isFinished();
        }

        @Override
        public boolean isReady() {
          return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          body.setReadListener(listener);
        }
      };
    }
  }
}
