package com.segmint.config.security;

/**
 * The claims of Segmint's access tokens beyond the registered ones. The role is for clients to
 * read; the server authorizes with the user's current role instead.
 */
final class AccessTokenClaims {

  static final String ROLE = "role";

  private AccessTokenClaims() {}
}
