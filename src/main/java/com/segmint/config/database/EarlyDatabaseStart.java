package com.segmint.config.database;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded PostgreSQL in the background as soon as the environment says where it lives,
 * before the context's beans are built: the server's start (a second or so) then overlaps that work
 * instead of holding up the {@code databaseServer} bean. Does nothing with an external database.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class EarlyDatabaseStart
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    DatabaseProperties properties =
        Binder.get(context.getEnvironment())
            .bindOrCreate("segmint.database", DatabaseProperties.class);
    if (properties.isExternal()) {
      return;
    }
    DatabaseProperties.Embedded embedded = properties.embedded();
    StartingDatabase starting =
        StartingDatabase.begin(embedded.dataDirectory().resolve("postgres"), embedded.port());
    context.getBeanFactory().registerSingleton(StartingDatabase.BEAN, starting);
    if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
      registry.registerDisposableBean(StartingDatabase.BEAN, starting);
    }
  }
}
