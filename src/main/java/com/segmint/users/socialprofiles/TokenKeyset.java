package com.segmint.users.socialprofiles;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AeadKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tink keyset (AES256-GCM keys) that encrypts social profile tokens, read from its cleartext
 * JSON file. Rotation adds a new primary key and keeps the old ones, so every stored token still
 * decrypts. The key material never leaves this class and its file: not in logs, not in messages.
 */
final class TokenKeyset {

  private static final Logger log = LoggerFactory.getLogger(TokenKeyset.class);

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final KeysetFile file;
  private volatile Loaded loaded;

  private TokenKeyset(KeysetFile file) {
    this.file = file;
    this.loaded = load(file);
  }

  /** The keyset an operator provides; a missing file is an error, never a reason to make one. */
  static TokenKeyset open(Path path) {
    KeysetFile file = new KeysetFile(path);
    if (!file.exists()) {
      throw new IllegalStateException(
          ("No token keyset at %s (segmint.keyset.path, env SEGMINT_KEYSET). Copy the keyset.json"
                  + " of the installation whose tokens are in the database, or create a new one"
                  + " with Tinkey: tinkey create-keyset --key-template AES256_GCM --out-format json"
                  + " --out %s")
              .formatted(file.path(), file.path()));
    }
    return new TokenKeyset(file);
  }

  /** The embedded installation's keyset: made on its first start, reused on every later one. */
  static TokenKeyset openOrGenerate(Path path) {
    KeysetFile file = new KeysetFile(path);
    try {
      file.locked(
          () -> {
            if (!file.exists()) {
              file.write(serialize(withNewPrimaryKey(KeysetHandle.newBuilder()).build()));
              log.info(
                  "Generated a new token keyset in {}; keep it with the database: without it the"
                      + " stored social profile tokens cannot be decrypted",
                  file.path());
            }
            return null;
          });
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not create the token keyset " + file.path(), e);
    }
    return new TokenKeyset(file);
  }

  Aead aead() {
    return loaded.aead();
  }

  int size() {
    return loaded.handle().size();
  }

  /** Not key material: Tink writes the primary key's id into each ciphertext's first bytes. */
  int primaryKeyId() {
    return loaded.handle().getPrimary().getId();
  }

  /**
   * The prefix of every ciphertext made with the primary key, or an empty array when the primary
   * key writes none (a raw key: then no ciphertext can be told apart).
   */
  byte[] primaryOutputPrefix() {
    return ((AeadKey) loaded.handle().getPrimary().getKey()).getOutputPrefix().toByteArray();
  }

  /**
   * Adds a new AES256-GCM primary key and persists the keyset. The file is read again under its
   * lock, so a key that another process added meanwhile is kept.
   */
  synchronized void rotate() {
    try {
      file.locked(
          () -> {
            KeysetHandle latest = parse(file.read(), file);
            file.write(serialize(withNewPrimaryKey(KeysetHandle.newBuilder(latest)).build()));
            return null;
          });
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not rotate the token keyset " + file.path(), e);
    }
    loaded = load(file);
    log.info("Token keyset {} rotated: a new primary key, {} keys in all", file.path(), size());
  }

  /**
   * Reads the file again when it changed since it was loaded (another instance sharing it rotated
   * the key); returns whether it did.
   */
  synchronized boolean reloadIfChanged() {
    try {
      if (file.version().equals(loaded.version())) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    loaded = load(file);
    return true;
  }

  private static KeysetHandle.Builder withNewPrimaryKey(KeysetHandle.Builder keyset) {
    return keyset.addEntry(
        KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
            .withRandomId()
            .makePrimary());
  }

  private static Loaded load(KeysetFile file) {
    try {
      KeysetFile.Version version = file.version();
      if (!file.isOwnerOnly()) {
        log.warn("The token keyset {} can be read by other users: chmod 600 it", file.path());
      }
      KeysetHandle handle = parse(file.read(), file);
      return new Loaded(
          handle, handle.getPrimitive(RegistryConfiguration.get(), Aead.class), version);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the token keyset " + file.path(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "The token keyset " + file.path() + " holds no usable AEAD key", e);
    }
  }

  /**
   * Parse errors are reported without their cause: a JSON parser's message may quote the text it
   * read, which here is key material.
   */
  private static KeysetHandle parse(String json, KeysetFile file) {
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException(
          "The token keyset "
              + file.path()
              + " is not a cleartext Tink keyset in JSON ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  private static String serialize(KeysetHandle handle) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
  }

  private record Loaded(KeysetHandle handle, Aead aead, KeysetFile.Version version) {}
}
