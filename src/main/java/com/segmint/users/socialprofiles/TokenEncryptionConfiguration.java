package com.segmint.users.socialprofiles;

import com.segmint.users.TokenKeyRotation;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TokenEncryptionConfiguration {

  static final String EMBEDDED_KEYSET = "keyset.json";

  /**
   * The database settings are read by name rather than through the config module's properties: this
   * module may depend on {@code common} only.
   */
  @Bean
  TokenKeyset tokenKeyset(
      KeysetProperties keyset,
      @Value("${segmint.database.url:}") String databaseUrl,
      @Value("${segmint.database.embedded.data-directory:./segmint-data}") Path dataDirectory) {
    if (keyset.isSet()) {
      return TokenKeyset.open(Path.of(keyset.path()));
    }
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      throw new IllegalStateException(
          "No token keyset configured: with an external database (segmint.database.url) set"
              + " segmint.keyset.path (env SEGMINT_KEYSET) to the Tink keyset that encrypts the"
              + " social profile tokens");
    }
    return TokenKeyset.openOrGenerate(dataDirectory.resolve(EMBEDDED_KEYSET));
  }

  @Bean
  KeyRotationCommand keyRotationCommand(
      TokenKeyRotation rotation, ConfigurableApplicationContext context) {
    return new KeyRotationCommand(rotation, () -> System.exit(SpringApplication.exit(context)));
  }
}
