package com.segmint.engine.embedding;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT wait for the embedding model before the JVM shuts down. ONNX Runtime closes
 * its native environment in a shutdown hook of its own, which runs beside Spring's: a model load or
 * an embedding still in native code then crashes the JVM (SIGSEGV), so the embedded database is
 * never stopped cleanly. These handlers first let the model's work finish and refuse more, then
 * exit as the JVM's own handlers would (128 + the signal's number), running every shutdown hook.
 */
final class ModelSafeSignals {

  private static final Logger log = LoggerFactory.getLogger(ModelSafeSignals.class);
  private static final List<String> STOPPING = List.of("TERM", "INT");
  private static final AtomicBoolean installed = new AtomicBoolean();

  private ModelSafeSignals() {}

  static void install(MiniLmEmbedder embedder) {
    if (!installed.compareAndSet(false, true)) {
      return;
    }
    for (String name : STOPPING) {
      Signal.handle(new Signal(name), signal -> stopThenExit(embedder, signal));
    }
  }

  private static void stopThenExit(MiniLmEmbedder embedder, Signal signal) {
    try {
      embedder.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("Interrupted while waiting for the embedding model on SIG{}", signal.getName());
    }
    System.exit(128 + signal.getNumber());
  }
}
