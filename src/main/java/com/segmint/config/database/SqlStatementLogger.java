package com.segmint.config.database;

import java.time.Duration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each statement with its duration: at debug always, at warn when slow. Only the SQL text is
 * logged, with its placeholders, never the bound values (they may be secrets).
 */
class SqlStatementLogger implements ExecuteListener {

  private static final Logger log = LoggerFactory.getLogger("com.segmint.sql");
  private static final String STARTED = "segmint.sql.started";

  private final long slowNanos;

  SqlStatementLogger(Duration slowThreshold) {
    this.slowNanos = slowThreshold.toNanos();
  }

  @Override
  public void executeStart(ExecuteContext context) {
    context.data(STARTED, System.nanoTime());
  }

  @Override
  public void executeEnd(ExecuteContext context) {
    Object started = context.data(STARTED);
    if (!(started instanceof Long start)) {
      return;
    }
    long elapsed = System.nanoTime() - start;
    if (elapsed >= slowNanos) {
      log.warn("Slow SQL ({} ms): {}", elapsed / 1_000_000, context.sql());
    } else if (log.isDebugEnabled()) {
      log.debug("SQL ({} µs): {}", elapsed / 1_000, context.sql());
    }
  }
}
