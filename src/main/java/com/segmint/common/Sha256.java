package com.segmint.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 without the checked exception: every Java platform must provide it. */
public final class Sha256 {

  private Sha256() {}

  /** A fresh digest, to be fed in parts. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The SHA-256 of these bytes. */
  public static byte[] of(byte[] bytes) {
    return newDigest().digest(bytes);
  }
}
