package com.segmint.publishing.dispatch;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Stand-ins for LinkedIn (scripted in process) and Instagram (HTTP to a WireMock stub), ordered
 * before any real adapter of those platforms.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestPublishers {

  static final WireMockServer PLATFORM = startedStub();

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ScriptedPublisher scriptedPublisher() {
    return new ScriptedPublisher();
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  StubbedHttpPublisher stubbedHttpPublisher() {
    return new StubbedHttpPublisher(PLATFORM::baseUrl);
  }

  private static WireMockServer startedStub() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }
}
