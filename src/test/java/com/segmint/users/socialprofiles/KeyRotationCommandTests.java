package com.segmint.users.socialprofiles;

import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.support.ServiceProcess;
import com.segmint.users.KeyRotationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class KeyRotationCommandTests {

  @Test
  void shouldGenerateTheKeysetOnFirstStartThenRotateItAndExit() throws Exception {
    Path dataDirectory = Files.createTempDirectory(Path.of("target"), "rotate-keys-");
    Path log = dataDirectory.resolve("service.log");

    ServiceProcess command =
        ServiceProcess.start(
            dataDirectory, ServiceProcess.freePort(), log, "--segmint.rotate-keys");

    assertThat(command.awaitExit(Duration.ofSeconds(180))).isZero();
    Path keysetFile = dataDirectory.resolve("keyset.json");
    assertThat(Files.getPosixFilePermissions(keysetFile))
        .containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
    assertThat(TokenKeyset.open(keysetFile).size())
        .as("the key generated at start and the one the rotation added")
        .isEqualTo(2);
    String output = Files.readString(log);
    assertThat(output.lines().filter(line -> line.contains("Generated a new token keyset")))
        .singleElement()
        .asString()
        .contains(keysetFile.toString());
    assertThat(output).contains("Key rotation done: 0 social profiles re-encrypted");
    assertThat(KeyMaterial.of(keysetFile))
        .allSatisfy(secret -> assertThat(output).doesNotContain(secret));
  }

  @Test
  void shouldLeaveAnOrdinaryStartAlone() throws Exception {
    AtomicBoolean rotated = new AtomicBoolean();
    AtomicBoolean exited = new AtomicBoolean();
    KeyRotationCommand command =
        new KeyRotationCommand(
            () -> {
              rotated.set(true);
              return new KeyRotationResult(0, 0);
            },
            () -> exited.set(true));

    command.run(new DefaultApplicationArguments("--server.port=8080"));

    assertThat(rotated).isFalse();
    assertThat(exited).isFalse();
  }
}
