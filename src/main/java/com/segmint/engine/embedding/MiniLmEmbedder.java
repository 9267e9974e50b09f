package com.segmint.engine.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The quantized all-MiniLM-L6-v2 sentence model, in process. It takes about two seconds to load, so
 * it is loaded once, on first use or, with {@code segmint.engine.preload-model}, in the background
 * once the service is ready: startup does not wait for it. The model runs in native code, which
 * crashes the JVM if it is still running when the process exits, so shutdown waits for every load
 * and embedding in progress, and refuses new ones.
 */
@Component
class MiniLmEmbedder {

  static final String MODEL = "all-minilm-l6-v2-q";

  private static final Logger log = LoggerFactory.getLogger(MiniLmEmbedder.class);

  private static final long SHUTDOWN_WAIT_SECONDS = 60;

  /** How langchain4j's ONNX encoder says a text gave the tokenizer nothing. */
  private static final String NO_TOKENS = "empty or whitespace-only";

  private final boolean preload;
  private final ReadWriteLock inUse = new ReentrantReadWriteLock();
  private volatile EmbeddingModel model;
  private volatile boolean stopped;

  MiniLmEmbedder(@Value("${segmint.engine.preload-model:true}") boolean preload) {
    this.preload = preload;
  }

  @EventListener(ApplicationReadyEvent.class)
  void preloadWhenReady() {
    ModelSafeSignals.install(this);
    if (preload) {
      Thread loader = new Thread(() -> using(this::model), "embedding-model-preload");
      loader.setDaemon(true);
      loader.start();
    }
  }

  List<float[]> embed(List<String> texts) {
    return using(() -> embedAll(texts));
  }

  /** Waits for the model's work in progress, then refuses more: the process may exit safely. */
  @PreDestroy
  void stop() throws InterruptedException {
    if (inUse.writeLock().tryLock(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
      stopped = true;
      inUse.writeLock().unlock();
    } else {
      log.warn("The embedding model was still busy after {} s of shutdown", SHUTDOWN_WAIT_SECONDS);
    }
  }

  <T> T using(Supplier<T> work) {
    inUse.readLock().lock();
    try {
      if (stopped) {
        throw new IllegalStateException("The service is stopping: no more embeddings");
      }
      return work.get();
    } finally {
      inUse.readLock().unlock();
    }
  }

  private List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    try {
      return model().embedAll(segments).content().stream().map(Embedding::vector).toList();
    } catch (RuntimeException e) {
      if (!tokenless(e)) {
        throw e;
      }
      return segments.stream().map(this::embedOne).toList();
    }
  }

  /**
   * A text in which the tokenizer finds no token (say, only zero-width spaces) means nothing: it
   * gets the zero vector, similar to nothing.
   */
  private float[] embedOne(TextSegment segment) {
    try {
      return model().embed(segment).content().vector();
    } catch (RuntimeException e) {
      if (!tokenless(e)) {
        throw e;
      }
      return new float[model().dimension()];
    }
  }

  /**
   * The model refuses a text without tokens by an IllegalArgumentException, maybe wrapped; any
   * other failure stays a failure.
   */
  private static boolean tokenless(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException
          && String.valueOf(cause.getMessage()).contains(NO_TOKENS)) {
        return true;
      }
    }
    return false;
  }

  private EmbeddingModel model() {
    EmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        if (model == null) {
          long start = System.nanoTime();
          model = CompactMiniLmModel.load();
          log.info(
              "Loaded the {} embedding model in {} ms",
              MODEL,
              (System.nanoTime() - start) / 1_000_000);
        }
        loaded = model;
      }
    }
    return loaded;
  }
}
