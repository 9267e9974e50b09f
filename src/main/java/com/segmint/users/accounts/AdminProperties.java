package com.segmint.users.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The username that becomes an admin when it registers (besides the installation's first user). */
@ConfigurationProperties("segmint.admin")
record AdminProperties(String username) {

  boolean names(String candidate) {
    return username != null && !username.isBlank() && username.equals(candidate);
  }
}
