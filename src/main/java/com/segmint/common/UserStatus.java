package com.segmint.common;

import java.util.Optional;

/**
 * What a user may do now: an access token stays cryptographically valid until it expires, but its
 * user may since have been deleted (refused at once) or given another role (which rules at once).
 */
public interface UserStatus {

  /** The current role of a live user; empty when the user is deleted or unknown. */
  Optional<String> activeRole(int userId);
}
