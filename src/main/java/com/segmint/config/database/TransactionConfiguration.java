package com.segmint.config.database;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
class TransactionConfiguration {

  @Bean
  PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new RowSecurityTransactionManager(dataSource);
  }
}
