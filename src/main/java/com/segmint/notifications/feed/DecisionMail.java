package com.segmint.notifications.feed;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail of a notification, only when SMTP is configured ({@code spring.mail.host}); a failed send
 * is logged, never fatal: the in-app notification is already stored.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
class DecisionMail {

  private static final Logger log = LoggerFactory.getLogger(DecisionMail.class);

  private final Optional<JavaMailSender> sender;
  private final String from;

  @Autowired
  DecisionMail(
      MailProperties smtp,
      @Value("${segmint.notifications.mail-from:segmint@localhost}") String from) {
    this(SmtpSender.of(smtp), from);
  }

  DecisionMail(Optional<JavaMailSender> sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  void send(String to, String text) {
    if (sender.isEmpty()) {
      return;
    }
    JavaMailSender mail = sender.get();
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject("Segmint: " + firstLine(text));
    message.setText(text);
    try {
      mail.send(message);
    } catch (MailException e) {
      log.warn("Could not e-mail a notification: {}", e.getMessage());
    }
  }

  private static String firstLine(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }
}
