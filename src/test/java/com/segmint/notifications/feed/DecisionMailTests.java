package com.segmint.notifications.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mail.autoconfigure.MailProperties;

class DecisionMailTests {

  @Test
  void shouldEmailANotificationThroughTheConfiguredSmtpServer() throws Exception {
    try (SmtpListener smtp = new SmtpListener()) {
      DecisionMail mail = new DecisionMail(smtpAt(smtp.port()), "segmint@test");

      mail.send("ada@example.com", "bob approved \"Launch\" (workflow approved)");

      String message = smtp.messages.poll(10, TimeUnit.SECONDS);
      assertThat(message)
          .contains("To: ada@example.com")
          .contains("From: segmint@test")
          .contains("Subject: Segmint: bob approved \"Launch\"")
          .contains("bob approved \"Launch\" (workflow approved)");
    }
  }

  @Test
  void shouldNotFailWhenTheSmtpServerIsGone() throws Exception {
    int closedPort;
    try (SmtpListener closed = new SmtpListener()) {
      closedPort = closed.port();
    }
    DecisionMail mail = new DecisionMail(smtpAt(closedPort), "segmint@test");

    assertThatCode(() -> mail.send("ada@example.com", "bob rejected \"Launch\""))
        .as("the in-app notification is stored already; a lost e-mail is only logged")
        .doesNotThrowAnyException();
  }

  @Test
  void shouldSendNothingWithoutAnSmtpHost() {
    assertThat(SmtpSender.of(new MailProperties())).isEmpty();
  }

  private static MailProperties smtpAt(int port) {
    MailProperties properties = new MailProperties();
    properties.setHost("127.0.0.1");
    properties.setPort(port);
    return properties;
  }
}
