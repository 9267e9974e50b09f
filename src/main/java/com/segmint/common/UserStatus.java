package com.segmint.common;

/**
 * Whether a user may still act: an access token stays cryptographically valid until it expires, but
 * one of a deleted user must be refused at once.
 */
public interface UserStatus {

  boolean isActive(int userId);
}
