package com.segmint.support;

import com.segmint.config.database.DatabaseEndpoint;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring context at the run's shared {@link TestDatabase}, as an external database, with
 * the run's {@link TestKeyset}.
 */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    DatabaseEndpoint endpoint = TestDatabase.get().endpoint();
    TestPropertyValues.of(
            "segmint.database.url=" + endpoint.url(),
            "segmint.database.username=" + endpoint.ownerUser(),
            "segmint.database.app-username=" + endpoint.appUser(),
            "segmint.keyset.path=" + TestKeyset.path())
        .applyTo(context);
  }
}
