package com.segmint.config.database;

import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SqlLoggingConfiguration {

  @Bean
  ExecuteListenerProvider sqlStatementLogging(DatabaseProperties properties) {
    return new DefaultExecuteListenerProvider(
        new SqlStatementLogger(properties.slowQueryThreshold()));
  }
}
