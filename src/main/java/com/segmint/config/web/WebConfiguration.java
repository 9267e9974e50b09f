package com.segmint.config.web;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(
      @Value("${segmint.http.max-body-size:1MB}") DataSize maxBodySize,
      @Value("${segmint.http.upload-paths:/api/v1/media}") Set<String> uploadPaths) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration =
        new FilterRegistrationBean<>(
            new RequestBodyLimitFilter(maxBodySize.toBytes(), uploadPaths));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
