package com.segmint.users.socialprofiles;

import com.segmint.users.KeyRotationResult;
import com.segmint.users.TokenKeyRotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * {@code --segmint.rotate-keys}: rotates the token key, re-encrypts every social profile's tokens
 * and exits. Runners run before the service reports itself ready, so no traffic is routed to it.
 */
class KeyRotationCommand implements ApplicationRunner {

  static final String OPTION = "segmint.rotate-keys";

  private static final Logger log = LoggerFactory.getLogger(KeyRotationCommand.class);

  private final TokenKeyRotation rotation;
  private final Runnable exit;

  KeyRotationCommand(TokenKeyRotation rotation, Runnable exit) {
    this.rotation = rotation;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (!arguments.containsOption(OPTION)) {
      return;
    }
    KeyRotationResult result = rotation.rotate();
    log.info(
        "Key rotation done: {} social profiles re-encrypted, {} unreadable; exiting",
        result.reEncrypted(),
        result.unreadable());
    exit.run();
  }
}
