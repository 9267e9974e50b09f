package com.segmint.publishing.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.publishing.dispatch.PlatformPublisher;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

class PlatformPublishersWiringTests {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Adapters.class);

  @Test
  void shouldOfferOnePublisherPerPlatform() {
    context.run(
        started ->
            assertThat(started.getBeansOfType(PlatformPublisher.class).values())
                .extracting(PlatformPublisher::platform)
                .containsExactlyInAnyOrder(SocialPlatform.values()));
  }

  @Test
  void shouldDefaultToTheRealApis() {
    context.run(
        started -> {
          assertThat(started.getBean(XProperties.class).baseUrl())
              .isEqualTo(URI.create("https://api.x.com"));
          assertThat(started.getBean(LinkedInProperties.class).baseUrl())
              .isEqualTo(URI.create("https://api.linkedin.com"));
          assertThat(started.getBean(InstagramProperties.class).baseUrl())
              .isEqualTo(URI.create("https://graph.instagram.com"));
          assertThat(started.getBean(YouTubeProperties.class).uploadTimeout())
              .isEqualTo(Duration.ofMinutes(30));
        });
  }

  @Test
  void shouldTakeBaseUrlsAndVersionsFromSettings() {
    context
        .withPropertyValues(
            "segmint.platforms.linkedin.version=202601",
            "segmint.platforms.instagram.base-url=https://graph.facebook.com",
            "segmint.platforms.x.read-timeout=5s")
        .run(
            started -> {
              assertThat(started.getBean(LinkedInProperties.class).version()).isEqualTo("202601");
              assertThat(started.getBean(InstagramProperties.class).baseUrl())
                  .isEqualTo(URI.create("https://graph.facebook.com"));
              assertThat(started.getBean(XProperties.class).readTimeout())
                  .isEqualTo(Duration.ofSeconds(5));
            });
  }

  @Configuration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = PlatformPublishersWiringTests.class)
  @EnableConfigurationProperties({
    XProperties.class,
    LinkedInProperties.class,
    InstagramProperties.class,
    YouTubeProperties.class
  })
  static class Adapters {}
}
