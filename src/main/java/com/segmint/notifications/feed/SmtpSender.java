package com.segmint.notifications.feed;

import java.util.Optional;
import java.util.Properties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The SMTP sender of {@code spring.mail.*}, or none when {@code spring.mail.host} is unset. Built
 * here when the service starts rather than by Spring Boot's mail auto-configuration, whose
 * condition on the host Spring AOT would settle at build time. SSL bundles are not supported: TLS
 * options go in {@code spring.mail.properties.*}.
 */
final class SmtpSender {

  private SmtpSender() {}

  static Optional<JavaMailSender> of(MailProperties properties) {
    if (!StringUtils.hasText(properties.getHost())) {
      return Optional.empty();
    }
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(properties.getHost());
    if (properties.getPort() != null) {
      sender.setPort(properties.getPort());
    }
    sender.setUsername(properties.getUsername());
    sender.setPassword(properties.getPassword());
    sender.setProtocol(properties.getProtocol());
    if (properties.getDefaultEncoding() != null) {
      sender.setDefaultEncoding(properties.getDefaultEncoding().name());
    }
    Properties javaMail = new Properties();
    javaMail.putAll(properties.getProperties());
    if (properties.getSsl().isEnabled()) {
      javaMail.setProperty("mail." + sender.getProtocol() + ".ssl.enable", "true");
    }
    sender.setJavaMailProperties(javaMail);
    return Optional.of(sender);
  }
}
