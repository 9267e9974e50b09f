package com.segmint.users;

/**
 * Rotation of the key that encrypts social profile tokens: for an admin endpoint, and run by {@code
 * --segmint.rotate-keys}.
 */
public interface TokenKeyRotation {

  /**
   * Adds a new primary key to the keyset (old keys stay, so every stored token still decrypts),
   * then re-encrypts every social profile's tokens under it, in batches. An interruption leaves
   * every token readable; running it again finishes the job, under one more new key.
   */
  KeyRotationResult rotate();
}
