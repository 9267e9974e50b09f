package com.segmint.config.database;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Starts the embedded PostgreSQL in the background once the context is prepared (its environment
 * final, tests' properties included) and before its beans are built: the server's start then
 * overlaps that work instead of holding up the {@code databaseServer} bean. Does nothing with an
 * external database, nor while Spring AOT processes the context at build time. Registered in {@code
 * META-INF/spring.factories}.
 */
public final class EarlyDatabaseStart implements ApplicationListener<ApplicationPreparedEvent> {

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
      return;
    }
    DatabaseProperties properties =
        Binder.get(event.getApplicationContext().getEnvironment())
            .bindOrCreate("segmint.database", DatabaseProperties.class);
    if (properties.isExternal()) {
      return;
    }
    DatabaseProperties.Embedded embedded = properties.embedded();
    StartingDatabase starting =
        StartingDatabase.begin(embedded.dataDirectory().resolve("postgres"), embedded.port());
    ConfigurableListableBeanFactory beans = event.getApplicationContext().getBeanFactory();
    beans.registerSingleton(StartingDatabase.BEAN, starting);
    if (beans instanceof DefaultSingletonBeanRegistry registry) {
      registry.registerDisposableBean(StartingDatabase.BEAN, starting);
    }
  }
}
