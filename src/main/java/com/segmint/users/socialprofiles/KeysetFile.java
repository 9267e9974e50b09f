package com.segmint.users.socialprofiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Set;

/**
 * The keyset's JSON file, readable and writable by its owner only. A write replaces the whole file
 * atomically (temporary file, fsync, rename, fsync of the directory): after a crash the file holds
 * the old keyset or the new one, never a part of either.
 */
final class KeysetFile {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_ATTRIBUTE =
      PosixFilePermissions.asFileAttribute(OWNER_ONLY);

  /** Serializes the threads of this JVM; a file lock would throw for a second thread instead. */
  private static final Object JVM_LOCK = new Object();

  private final Path path;

  KeysetFile(Path path) {
    this.path = path.toAbsolutePath().normalize();
  }

  Path path() {
    return path;
  }

  boolean exists() {
    return Files.exists(path);
  }

  String read() throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  /** What identifies the file's current content: a rename gives it a new inode. */
  Version version() throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    return new Version(attributes.fileKey(), attributes.lastModifiedTime());
  }

  boolean isOwnerOnly() throws IOException {
    return OWNER_ONLY.containsAll(Files.getPosixFilePermissions(path));
  }

  void write(String json) throws IOException {
    Path directory = path.getParent();
    Files.createDirectories(directory);
    Path temporary =
        Files.createTempFile(directory, "." + path.getFileName(), ".tmp", OWNER_ONLY_ATTRIBUTE);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      Files.move(
          temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel directoryChannel = FileChannel.open(directory, StandardOpenOption.READ)) {
        directoryChannel.force(true);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Runs {@code work} holding an exclusive lock on {@code <file>.lock}, so that two processes that
   * share the keyset (two instances, or the service and {@code --segmint.rotate-keys}) never both
   * read, change and write it: the second would drop the first one's new key.
   */
  <T> T locked(KeysetWork<T> work) throws IOException, GeneralSecurityException {
    Path lockFile = path.resolveSibling(path.getFileName() + ".lock");
    synchronized (JVM_LOCK) {
      Files.createDirectories(path.getParent());
      try (FileChannel channel =
          FileChannel.open(
              lockFile,
              Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
              OWNER_ONLY_ATTRIBUTE)) {
        // Released when the channel closes.
        channel.lock();
        return work.run();
      }
    }
  }

  @FunctionalInterface
  interface KeysetWork<T> {
    T run() throws IOException, GeneralSecurityException;
  }

  record Version(Object fileKey, FileTime modified) {}
}
