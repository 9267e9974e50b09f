package com.segmint.config.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.support.SegmintIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The served OpenAPI document passes a real linter, Redocly CLI (installed by {@code .ci/run}; this
 * test runs where {@code /usr/bin/redocly} exists). The document is left in {@code
 * target/openapi.json}.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class OpenApiLintTests {

  @Autowired MockMvc mvc;

  @Test
  void shouldServeADocumentThatPassesTheLinter() throws Exception {
    String document =
        mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Path file = Path.of("target", "openapi.json");
    Files.writeString(file, document);

    Process lint =
        new ProcessBuilder("/usr/bin/redocly", "lint", file.toString(), "--config", "redocly.yaml")
            .redirectErrorStream(true)
            .start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(lint.exitValue()).as(output).isZero();
    assertThat(output).contains("Woohoo! Your API description is valid").doesNotContain("warning");
  }
}
