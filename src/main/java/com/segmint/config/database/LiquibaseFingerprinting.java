package com.segmint.config.database;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Skips Liquibase at start when the changelog's files and the database's applied changesets are
 * what the last successful update left: parsing and validating some 300 changesets was the largest
 * part of a later start. Any difference, no record, or any doubt runs Liquibase as before, and a
 * successful run records its fingerprint. Updates that do more than apply changesets (drop first,
 * clear checksums, up to a tag, test rollbacks) always run.
 */
final class LiquibaseFingerprinting implements BeanPostProcessor {

  private static final Logger log = LoggerFactory.getLogger(LiquibaseFingerprinting.class);

  private final Map<String, String> toRecord = new ConcurrentHashMap<>();

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof SpringLiquibase liquibase && onlyApplies(liquibase)) {
      filesOf(liquibase)
          .ifPresent(
              files -> {
                if (unchanged(liquibase, files)) {
                  liquibase.setShouldRun(false);
                  log.info("Liquibase skipped: {} unchanged since its last update", beanName);
                } else {
                  toRecord.put(beanName, files);
                }
              });
    }
    return bean;
  }

  /** Runs after Liquibase's update succeeded; a failed update throws before this. */
  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    String files = toRecord.remove(beanName);
    if (files != null && bean instanceof SpringLiquibase liquibase) {
      try {
        new ChangelogFingerprints(liquibase).record(files);
      } catch (SQLException e) {
        log.warn("Could not record the changelog's fingerprint: the next start runs Liquibase", e);
      }
    }
    return bean;
  }

  private static boolean onlyApplies(SpringLiquibase liquibase) {
    return !liquibase.isDropFirst()
        && !liquibase.isClearCheckSums()
        && !liquibase.isTestRollbackOnUpdate()
        && liquibase.getTag() == null;
  }

  private static Optional<String> filesOf(SpringLiquibase liquibase) {
    try {
      return ChangelogFiles.sha256(liquibase);
    } catch (UncheckedIOException e) {
      log.warn("Could not read the changelog's files to fingerprint them: Liquibase runs", e);
      return Optional.empty();
    }
  }

  private static boolean unchanged(SpringLiquibase liquibase, String files) {
    try {
      return new ChangelogFingerprints(liquibase).matches(files);
    } catch (SQLException e) {
      log.debug("No changelog fingerprint to compare: Liquibase runs", e);
      return false;
    }
  }
}
