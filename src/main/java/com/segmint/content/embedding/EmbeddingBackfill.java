package com.segmint.content.embedding;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.content.embedding.ContentTexts.IdentifiedText;
import com.segmint.engine.EmbeddingStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once the service is ready, embeds every content that has no stored embedding yet (written before
 * embed-on-save existed, or whose event was lost with its listener's failure), in batches of
 * {@value #BATCH} by id, on one low-priority background thread: start-up does not wait for it.
 */
@Component
class EmbeddingBackfill {

  static final int BATCH = 100;

  private static final Logger log = LoggerFactory.getLogger(EmbeddingBackfill.class);

  private final ContentTexts texts;
  private final TransactionTemplate transactions;
  private final EmbeddingStore embeddings;
  private final boolean enabled;

  EmbeddingBackfill(
      ContentTexts texts,
      TransactionTemplate transactions,
      EmbeddingStore embeddings,
      @Value("${segmint.engine.backfill.enabled}") boolean enabled) {
    this.texts = texts;
    this.transactions = transactions;
    this.embeddings = embeddings;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startWhenReady() {
    if (enabled) {
      Thread backfill = new Thread(this::runLogged, "embedding-backfill");
      backfill.setDaemon(true);
      backfill.setPriority(Thread.MIN_PRIORITY);
      backfill.start();
    }
  }

  /** Embeds what is missing, batch after batch; the number of texts the model embedded. */
  int embedAllMissing() {
    int embedded = 0;
    int after = 0;
    List<IdentifiedText> batch;
    do {
      batch = batchAfter(after);
      if (!batch.isEmpty()) {
        embedded += embeddings.storeMissing(batch.stream().map(IdentifiedText::text).toList());
        after = batch.get(batch.size() - 1).id();
      }
    } while (batch.size() == BATCH);
    return embedded;
  }

  private List<IdentifiedText> batchAfter(int after) {
    return DatabaseActors.callAs(
        DatabaseActor.system(), () -> transactions.execute(status -> texts.after(after, BATCH)));
  }

  private void runLogged() {
    try {
      long start = System.nanoTime();
      int embedded = embedAllMissing();
      log.info(
          "Embedding backfill: {} texts embedded in {} ms",
          embedded,
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      log.warn("Embedding backfill stopped; the next start resumes it: {}", e.toString());
    }
  }
}
