package com.segmint.users.oauth;

/**
 * What the platform sent the browser back with: a code and the state, or an error (RFC 6749
 * §4.1.2.1) and the state. {@code toString} never shows the code or the state.
 */
public record ConnectCallback(String code, String state, String error, String errorDescription) {

  @Override
  public String toString() {
    return "ConnectCallback[code and state redacted, error=%s]".formatted(error);
  }
}
