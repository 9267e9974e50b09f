package com.segmint.config.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. With no {@code url} Segmint starts its own embedded PostgreSQL; with one
 * it connects to that server, migrating as {@code username} (the owner role) and serving requests
 * as {@code appUsername} (the least-privilege role).
 */
@ConfigurationProperties("segmint.database")
public record DatabaseProperties(
    String url,
    @DefaultValue("segmint_owner") String username,
    String password,
    @DefaultValue("segmint_app") String appUsername,
    String appPassword,
    @DefaultValue("10") int poolSize,
    @DefaultValue("500ms") Duration slowQueryThreshold,
    @DefaultValue Embedded embedded) {

  public boolean isExternal() {
    return url != null && !url.isBlank();
  }

  /**
   * The embedded server: its data survives restarts in {@code dataDirectory}; it listens on {@code
   * port} of localhost only (0 picks a free port).
   */
  public record Embedded(
      @DefaultValue("./segmint-data") Path dataDirectory, @DefaultValue("54329") int port) {}
}
