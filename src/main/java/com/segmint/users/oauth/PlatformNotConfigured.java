package com.segmint.users.oauth;

/** A platform this server has no OAuth client for (no client id set): nobody can connect it. */
public class PlatformNotConfigured extends RuntimeException {

  PlatformNotConfigured(String key) {
    super(
        "Connecting %s is not configured on this server (segmint.oauth.%s.client-id is not set)"
            .formatted(key, key));
  }
}
