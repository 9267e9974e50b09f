package com.segmint.users.socialprofiles;

/**
 * The token endpoint answered {@code invalid_grant}: the code or refresh token is expired, used or
 * revoked, and asking again will not help.
 */
public class GrantRevoked extends RuntimeException {

  public GrantRevoked(String description) {
    super("The platform refused the grant (invalid_grant): " + description);
  }
}
