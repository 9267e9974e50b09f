package com.segmint.users.socialprofiles;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the token keyset is: {@code path} (env {@code SEGMINT_KEYSET}); unset means the embedded
 * installation's {@code <data directory>/keyset.json}.
 */
@ConfigurationProperties("segmint.keyset")
record KeysetProperties(String path) {

  boolean isSet() {
    return path != null && !path.isBlank();
  }
}
