package com.segmint.config.security;

import com.segmint.config.database.DatabaseProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs and verifies access tokens: configured, or (embedded mode only) generated once
 * into the data directory, readable by its owner alone.
 */
final class JwtSigningKey {

  private static final Logger log = LoggerFactory.getLogger(JwtSigningKey.class);
  private static final int MIN_BYTES = 32;

  private JwtSigningKey() {}

  static SecretKey of(JwtProperties jwt, DatabaseProperties database) {
    if (jwt.secret() != null && !jwt.secret().isBlank()) {
      return key(Base64.getDecoder().decode(jwt.secret().trim()));
    }
    if (database.isExternal()) {
      throw new IllegalStateException(
          "SEGMINT_JWT_SECRET (segmint.jwt.secret) must be set, Base64, at least 32 bytes,"
              + " when the database is external");
    }
    return key(loadOrCreate(database.embedded().dataDirectory().resolve("jwt-secret")));
  }

  private static SecretKey key(byte[] bytes) {
    if (bytes.length < MIN_BYTES) {
      throw new IllegalStateException("the JWT secret must be at least 32 bytes");
    }
    return new SecretKeySpec(bytes, "HmacSHA256");
  }

  private static byte[] loadOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file).trim());
      }
      byte[] secret = new byte[MIN_BYTES];
      new SecureRandom().nextBytes(secret);
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          Base64.getEncoder().encodeToString(secret),
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      log.info("Generated a new access-token signing key in {}", file);
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create " + file, e);
    }
  }
}
