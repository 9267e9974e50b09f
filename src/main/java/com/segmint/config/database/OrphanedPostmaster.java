package com.segmint.config.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@code kill -9} of the service leaves behind: a postgres process still serving the data
 * directory, or a {@code postmaster.pid} naming a process that is gone. Either would make the next
 * start fail, so both are cleared before it.
 */
final class OrphanedPostmaster {

  private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private OrphanedPostmaster() {}

  static void clear(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    Optional<Long> pid = readPid(pidFile);
    if (pid.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
    if (process.isPresent() && isPostmasterOf(process.get(), dataDirectory)) {
      log.warn(
          "An embedded PostgreSQL (pid {}) survived an unclean stop of Segmint; stopping it"
              + " before starting anew",
          pid.get());
      stop(process.get());
    } else {
      log.warn("Removing a stale {} left by an unclean stop (pid {} is gone)", pidFile, pid.get());
    }
    deleteQuietly(pidFile);
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * True only for a postgres serving this directory, never for another process that got the pid.
   */
  private static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
    ProcessHandle.Info info = process.info();
    boolean postgres = info.command().map(command -> command.endsWith("postgres")).orElse(false);
    String directory = dataDirectory.toAbsolutePath().normalize().toString();
    boolean servesDirectory =
        info.arguments().map(args -> List.of(args).contains(directory)).orElse(true);
    return postgres && servesDirectory;
  }

  private static void stop(ProcessHandle process) {
    // SIGTERM: a smart shutdown, which ends at once because the clients died with the JVM.
    process.destroy();
    try {
      process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      log.warn("PostgreSQL pid {} did not stop in {}; killing it", process.pid(), STOP_TIMEOUT);
      process.destroyForcibly();
      process.onExit().join();
    }
  }

  private static void deleteQuietly(Path pidFile) {
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      log.warn("Could not remove {}: {}", pidFile, e.getMessage());
    }
  }
}
