package com.segmint.config.database;

import com.segmint.common.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.util.LiquibaseUtil;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A SHA-256 of everything a Liquibase update depends on besides the database: Liquibase's version,
 * the settings that choose and place changesets, and the bytes of every file in the changelog's
 * classpath directory and below (where all of Segmint's changesets live, included relative to it).
 */
final class ChangelogFiles {

  private static final String CLASSPATH = "classpath:";

  private ChangelogFiles() {}

  /**
   * Empty when the changelog is not in a classpath directory of its own: nothing to fingerprint.
   */
  static Optional<String> sha256(SpringLiquibase liquibase) {
    String changelog = Objects.requireNonNullElse(liquibase.getChangeLog(), "");
    int lastSlash = changelog.lastIndexOf('/');
    if (!changelog.startsWith(CLASSPATH) || lastSlash <= CLASSPATH.length()) {
      return Optional.empty();
    }
    String directory = changelog.substring(CLASSPATH.length(), lastSlash + 1);
    MessageDigest digest = Sha256.newDigest();
    for (String setting : settings(liquibase)) {
      update(digest, setting);
    }
    for (Resource file : files(liquibase, directory)) {
      byte[] content = content(file);
      update(digest, relativePath(file, directory) + ":" + content.length);
      digest.update(content);
    }
    return Optional.of(HexFormat.of().formatHex(digest.digest()));
  }

  private static String[] settings(SpringLiquibase liquibase) {
    return new String[] {
      LiquibaseUtil.getBuildVersion(),
      liquibase.getChangeLog(),
      liquibase.getContexts(),
      liquibase.getLabelFilter(),
      liquibase.getDefaultSchema(),
      liquibase.getLiquibaseSchema(),
      liquibase.getDatabaseChangeLogTable()
    };
  }

  private static Resource[] files(SpringLiquibase liquibase, String directory) {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver(liquibase.getResourceLoader())
              .getResources("classpath*:" + directory + "**");
      return Arrays.stream(files)
          .filter(Resource::isReadable)
          .sorted(
              Comparator.comparing((Resource file) -> relativePath(file, directory))
                  .thenComparing(ChangelogFiles::url))
          .toArray(Resource[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relativePath(Resource file, String directory) {
    String url = url(file);
    return url.substring(url.lastIndexOf(directory) + directory.length());
  }

  private static String url(Resource file) {
    try {
      return file.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] content(Resource file) {
    try {
      return file.getContentAsByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each value with a terminator, so that moving text from one value to the next changes it. */
  private static void update(MessageDigest digest, String value) {
    digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
