package com.segmint.config.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.support.TestDatabase;
import com.segmint.tools.JooqCodegen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JooqSchemaDriftTests {

  private static final Path COMMITTED =
      Path.of("src/main/jooq", JooqCodegen.PACKAGE.replace('.', '/'));

  @Test
  void shouldMatchTheClassesGeneratedFromTheMigrations() throws Exception {
    Path fresh = Files.createTempDirectory(Path.of("target"), "jooq-drift-");
    JooqCodegen.generate(TestDatabase.migrated().endpoint(), fresh);

    Map<String, String> generated = sources(fresh.resolve(JooqCodegen.PACKAGE.replace('.', '/')));
    Map<String, String> committed = sources(COMMITTED);

    assertThat(committed.keySet())
        .as("generated files; regenerate with: mvn test-compile exec:java")
        .containsExactlyElementsOf(generated.keySet());
    generated.forEach(
        (file, source) ->
            assertThat(committed.get(file))
                .as("%s differs from the schema; regenerate with: mvn test-compile exec:java", file)
                .isEqualTo(source));
  }

  private static Map<String, String> sources(Path root) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        sources.put(root.relativize(file).toString(), Files.readString(file));
      }
    }
    return sources;
  }
}
