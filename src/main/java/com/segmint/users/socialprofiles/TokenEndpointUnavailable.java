package com.segmint.users.socialprofiles;

/**
 * A platform's OAuth endpoint failed in a way that may pass (5xx, timeout, an unreadable answer, a
 * refusal of our client): nothing stored changes because of it.
 */
public class TokenEndpointUnavailable extends RuntimeException {

  public TokenEndpointUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
