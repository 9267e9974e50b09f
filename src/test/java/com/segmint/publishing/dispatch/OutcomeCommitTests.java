package com.segmint.publishing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.support.SegmintIntegrationTest;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An outcome's commit may skip the wait for the disk; nothing else may, least of all a claim on the
 * same pooled connection afterwards.
 */
@SegmintIntegrationTest
class OutcomeCommitTests {

  @Autowired OutcomeRepository outcomes;
  @Autowired TransactionTemplate transactions;
  @Autowired DSLContext db;

  @Test
  void shouldSkipTheFlushForTheOutcomesTransactionAlone() {
    String during =
        asSystem(
            () -> {
              outcomes.commitWithoutWaitingForTheDisk();
              return synchronousCommit();
            });
    String after = asSystem(this::synchronousCommit);

    assertThat(during).isEqualTo("off");
    assertThat(after).isEqualTo("on");
  }

  private String synchronousCommit() {
    return db.fetchValue("SELECT current_setting('synchronous_commit')").toString();
  }

  private String asSystem(Supplier<String> work) {
    return DatabaseActors.callAs(
        DatabaseActor.system(), () -> transactions.execute(status -> work.get()));
  }
}
