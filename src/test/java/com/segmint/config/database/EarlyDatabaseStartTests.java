package com.segmint.config.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** When the embedded server starts ahead of the context's beans, and when it must not. */
class EarlyDatabaseStartTests {

  private final GenericApplicationContext context = new GenericApplicationContext();

  @AfterEach
  void close() {
    System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
    context.close();
  }

  @Test
  void shouldStartTheEmbeddedServerBeforeTheBeansAndStopItWithAContextThatNeverUsedIt()
      throws Exception {
    Path data = Files.createTempDirectory(Path.of("target"), "early-start-");
    prepare(Map.of("segmint.database.embedded.data-directory", data.toString()));

    assertThat(context.containsBean(StartingDatabase.BEAN)).isTrue();
    context.refresh();
    context.close();
    assertThat(data.resolve("postgres/PG_VERSION")).as("the close waited for the start").exists();
    assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
  }

  @Test
  void shouldStartNothingForAnExternalDatabase() {
    prepare(Map.of("segmint.database.url", "jdbc:postgresql://db.example:5432/segmint"));

    assertThat(context.containsBean(StartingDatabase.BEAN)).isFalse();
  }

  @Test
  void shouldStartNothingWhileSpringAotProcessesTheContextAtBuildTime() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target"), "early-start-");
    System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
    prepare(Map.of("segmint.database.embedded.data-directory", data.toString()));

    assertThat(context.containsBean(StartingDatabase.BEAN)).isFalse();
    assertThat(data.resolve("postgres")).doesNotExist();
  }

  private void prepare(Map<String, Object> properties) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("test", properties));
    new EarlyDatabaseStart()
        .onApplicationEvent(
            new ApplicationPreparedEvent(new SpringApplication(), new String[0], context));
  }
}
