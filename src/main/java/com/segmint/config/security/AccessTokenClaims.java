package com.segmint.config.security;

/** The claims of Segmint's access tokens beyond the registered ones. */
final class AccessTokenClaims {

  static final String ROLE = "role";

  private AccessTokenClaims() {}
}
