package com.segmint.content.embedding;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.content.ContentTextChanged;
import com.segmint.engine.EmbeddingStore;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Embeds a content's text once its change has committed, on another thread, so the creator's first
 * idea request finds their history embedded. The save never waits for it nor fails with it; a
 * failure leaves the event publication incomplete, redelivered on restart (and the backfill finds
 * the text too).
 */
@Component
class EmbedOnSave {

  private final ContentTexts texts;
  private final TransactionTemplate transactions;
  private final EmbeddingStore embeddings;

  EmbedOnSave(ContentTexts texts, TransactionTemplate transactions, EmbeddingStore embeddings) {
    this.texts = texts;
    this.transactions = transactions;
    this.embeddings = embeddings;
  }

  // no transaction around the model: the text is read in a short one of the system actor's
  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(ContentTextChanged changed) {
    DatabaseActors.<Optional<String>>callAs(
            DatabaseActor.system(),
            () -> transactions.execute(status -> texts.of(changed.contentId())))
        .ifPresent(text -> embeddings.storeMissing(List.of(text)));
  }
}
