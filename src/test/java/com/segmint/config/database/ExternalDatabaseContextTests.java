package com.segmint.config.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.support.SegmintIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A test context points at the run's shared database through an initializer: the early start of the
 * embedded server must see that property, and start nothing of its own.
 */
@SegmintIntegrationTest
class ExternalDatabaseContextTests {

  @Autowired ApplicationContext context;

  @Test
  void shouldStartNoEmbeddedServerBesideAnExternalDatabase() {
    assertThat(context.containsBean(StartingDatabase.BEAN)).isFalse();
    assertThat(context.getBean(DatabaseServer.class)).isInstanceOf(ExternalDatabaseServer.class);
  }
}
