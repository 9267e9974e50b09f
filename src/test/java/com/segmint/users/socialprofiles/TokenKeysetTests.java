package com.segmint.users.socialprofiles;

import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class TokenKeysetTests {

  private static final String EXTERNAL_URL = "jdbc:postgresql://db:5432/segmint";

  @TempDir Path dataDirectory;

  private final TokenEncryptionConfiguration configuration = new TokenEncryptionConfiguration();

  @Test
  void shouldGenerateTheEmbeddedKeysetOnceAndReuseItOnTheNextStart(CapturedOutput output)
      throws Exception {
    TokenKeyset firstStart = startEmbedded();
    Path file = dataDirectory.resolve("keyset.json");
    String generated = Files.readString(file);

    TokenKeyset nextStart = startEmbedded();

    assertThat(Files.readString(file)).isEqualTo(generated);
    assertThat(nextStart.primaryKeyId()).isEqualTo(firstStart.primaryKeyId());
    assertThat(output.getAll().lines().filter(line -> line.contains("new token keyset")))
        .singleElement()
        .asString()
        .contains(file.toString());
  }

  @Test
  void shouldMakeTheKeysetFileReadableByItsOwnerOnly() throws Exception {
    TokenKeyset keyset = startEmbedded();
    keyset.rotate();

    assertThat(Files.getPosixFilePermissions(dataDirectory.resolve("keyset.json")))
        .containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
  }

  @Test
  void shouldNeverLogKeyMaterialEvenAtTrace(CapturedOutput output) throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(TokenKeyset.class.getPackageName());
    Level level = logger.getLevel();
    logger.setLevel(Level.TRACE);
    try {
      TokenKeyset keyset = startEmbedded();
      keyset.rotate();
      startEmbedded();
    } finally {
      logger.setLevel(level);
    }

    List<String> secrets = KeyMaterial.of(dataDirectory.resolve("keyset.json"));

    assertThat(secrets).hasSize(6);
    assertThat(output.getAll()).contains("rotated");
    assertThat(secrets).allSatisfy(secret -> assertThat(output.getAll()).doesNotContain(secret));
  }

  @Test
  void shouldRefuseToStartWithAnExternalDatabaseAndNoKeysetPath() {
    assertThatThrownBy(
            () -> configuration.tokenKeyset(new KeysetProperties(""), EXTERNAL_URL, dataDirectory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SEGMINT_KEYSET");
    assertThat(dataDirectory.resolve("keyset.json")).doesNotExist();
  }

  @Test
  void shouldRefuseAConfiguredKeysetFileThatIsMissingRatherThanMakeOne() {
    Path configured = dataDirectory.resolve("secrets/keyset.json");

    assertThatThrownBy(
            () ->
                configuration.tokenKeyset(
                    new KeysetProperties(configured.toString()), EXTERNAL_URL, dataDirectory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(configured.toString());
    assertThat(configured).doesNotExist();
  }

  @Test
  void shouldPersistANewPrimaryKeyAndKeepTheOldOneWhenRotating() throws Exception {
    TokenKeyset keyset = startEmbedded();
    int oldPrimary = keyset.primaryKeyId();

    keyset.rotate();

    assertThat(keyset.size()).isEqualTo(2);
    assertThat(keyset.primaryKeyId()).isNotEqualTo(oldPrimary);
    TokenKeyset reopened = TokenKeyset.open(dataDirectory.resolve("keyset.json"));
    assertThat(reopened.primaryKeyId()).isEqualTo(keyset.primaryKeyId());
    assertThat(reopened.size()).isEqualTo(2);
    try (Stream<Path> files = Files.list(dataDirectory)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .as("no temporary file is left behind")
          .containsExactlyInAnyOrder("keyset.json", "keyset.json.lock");
    }
  }

  @Test
  void shouldDecryptWithAKeyThatAnotherInstanceRotatedIntoTheSharedFile() {
    startEmbedded();
    Path file = dataDirectory.resolve("keyset.json");
    TokenKeyset rotating = TokenKeyset.open(file);
    TokenKeyset other = TokenKeyset.open(file);
    TokenBinding binding = TokenBinding.accessToken(7);

    rotating.rotate();
    String ciphertext = new TokenCipher(rotating).encrypt("fresh-token", binding);

    assertThat(new TokenCipher(other).decrypt(ciphertext, binding)).isEqualTo("fresh-token");
    assertThat(other.primaryKeyId()).isEqualTo(rotating.primaryKeyId());
  }

  private TokenKeyset startEmbedded() {
    return configuration.tokenKeyset(new KeysetProperties(null), "", dataDirectory);
  }
}
