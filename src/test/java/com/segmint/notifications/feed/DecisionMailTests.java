package com.segmint.notifications.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class DecisionMailTests {

  @Test
  void shouldEmailANotificationThroughTheConfiguredSmtpServer() throws Exception {
    try (SmtpListener smtp = new SmtpListener()) {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(smtp.port());
      DecisionMail mail = new DecisionMail(providerOf(Map.of("mail", sender)), "segmint@test");

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
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    try (SmtpListener closed = new SmtpListener()) {
      sender.setPort(closed.port());
    }
    DecisionMail mail = new DecisionMail(providerOf(Map.of("mail", sender)), "segmint@test");

    assertThatCode(() -> mail.send("ada@example.com", "bob rejected \"Launch\""))
        .as("the in-app notification is stored already; a lost e-mail is only logged")
        .doesNotThrowAnyException();
  }

  private static ObjectProvider<JavaMailSender> providerOf(Map<String, Object> beans) {
    return new StaticListableBeanFactory(beans).getBeanProvider(JavaMailSender.class);
  }
}
