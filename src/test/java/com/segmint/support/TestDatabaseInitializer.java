package com.segmint.support;

import com.segmint.config.database.DatabaseEndpoint;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring context at the run's shared {@link TestDatabase}, as an external database, with
 * the run's {@link TestKeyset}. The dispatcher and the embedding backfill do not run by themselves:
 * tests drive them.
 */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** One signing key for the whole run, so a token minted in one context works in all. */
  private static final String JWT_SECRET =
      java.util.Base64.getEncoder()
          .encodeToString(java.util.UUID.randomUUID().toString().repeat(2).getBytes());

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    DatabaseEndpoint endpoint = TestDatabase.get().endpoint();
    TestPropertyValues.of(
            "segmint.database.url=" + endpoint.url(),
            "segmint.database.username=" + endpoint.ownerUser(),
            "segmint.database.app-username=" + endpoint.appUser(),
            "segmint.jwt.secret=" + JWT_SECRET,
            "segmint.dispatcher.enabled=false",
            "segmint.engine.backfill.enabled=false",
            "segmint.keyset.path=" + TestKeyset.path(),
            "segmint.media.directory=target/test-media")
        .applyTo(context);
  }
}
