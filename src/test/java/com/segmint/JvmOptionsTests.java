package com.segmint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options are written twice: in {@code pom.xml} for {@code mvn spring-boot:run}, and in
 * {@code scripts/jvm.options} for the packaged service's scripts. The README shows them once.
 */
class JvmOptionsTests {

  @Test
  void shouldRunThePackagedServiceWithTheOptionsOfMvnSpringBootRun() throws Exception {
    Matcher pom =
        Pattern.compile("<segmint\\.jvm\\.options>(.*)</segmint\\.jvm\\.options>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(pom.find()).isTrue();

    String scripts = Files.readString(Path.of("scripts/jvm.options")).strip();

    assertThat(scripts).isEqualTo(pom.group(1));
    assertThat(Files.readString(Path.of("README.md"))).contains(scripts);
  }
}
