package com.segmint.support;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Comparator;

/**
 * The token keyset of a test run, as an operator provides one with an external database: made once
 * per run, shared by every Spring context, deleted with the JVM.
 */
public final class TestKeyset {

  private static volatile Path path;

  private TestKeyset() {}

  public static Path path() {
    if (path == null) {
      synchronized (TestKeyset.class) {
        if (path == null) {
          path = create();
        }
      }
    }
    return path;
  }

  private static Path create() {
    try {
      AeadConfig.register();
      Files.createDirectories(Path.of("target"));
      Path directory = Files.createTempDirectory(Path.of("target"), "test-keyset-");
      Path file = directory.resolve("keyset.json");
      KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          file, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(directory)));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
