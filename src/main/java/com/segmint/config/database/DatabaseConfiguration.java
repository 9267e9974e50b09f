package com.segmint.config.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two ways into one database: migrations connect as the owner role, everything else through a pool
 * as the application role, which may only read and write rows, under row-level security.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  DatabaseServer databaseServer(
      DatabaseProperties properties, ObjectProvider<StartingDatabase> starting) {
    if (properties.isExternal()) {
      return new ExternalDatabaseServer(
          new DatabaseEndpoint(
              properties.url(),
              properties.username(),
              properties.password(),
              properties.appUsername(),
              properties.appPassword()));
    }
    StartingDatabase early = starting.getIfAvailable();
    if (early != null) {
      return early.await();
    }
    DatabaseProperties.Embedded embedded = properties.embedded();
    return EmbeddedPostgresServer.start(
        embedded.dataDirectory().resolve("postgres"), embedded.port());
  }

  @Bean(destroyMethod = "close")
  @Primary
  HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties) {
    DatabaseEndpoint endpoint = server.endpoint();
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("segmint");
    pool.setJdbcUrl(endpoint.url());
    pool.setUsername(endpoint.appUser());
    pool.setPassword(endpoint.appPassword());
    pool.setMaximumPoolSize(properties.poolSize());
    pool.setAutoCommit(true);
    return pool;
  }

  /** Static: a post-processor must exist before this class's other beans. */
  @Bean
  static LiquibaseFingerprinting liquibaseFingerprinting() {
    return new LiquibaseFingerprinting();
  }

  @Bean
  @LiquibaseDataSource
  DataSource liquibaseDataSource(DatabaseServer server) {
    DatabaseEndpoint endpoint = server.endpoint();
    return new SimpleDriverDataSource(
        new org.postgresql.Driver(),
        endpoint.url(),
        endpoint.ownerUser(),
        endpoint.ownerPassword());
  }
}
