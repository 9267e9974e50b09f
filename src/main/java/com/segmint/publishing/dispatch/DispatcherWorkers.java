package com.segmint.publishing.dispatch;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The dispatcher's threads in this instance. Each one claims and publishes a batch after another,
 * and rests for the poll interval when it found less than a full batch. Stopping lets each finish
 * the batch in hand, so that no claim is abandoned by a clean shutdown.
 */
@Component
class DispatcherWorkers implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DispatcherWorkers.class);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);

  private final PlatformPostDispatcher dispatcher;
  private final DispatcherProperties properties;
  private final Clock clock = Clock.systemUTC();
  private final String instance =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  DispatcherWorkers(PlatformPostDispatcher dispatcher, DispatcherProperties properties) {
    this.dispatcher = dispatcher;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    if (!properties.enabled() || running) {
      return;
    }
    running = true;
    for (int i = 1; i <= properties.threads(); i++) {
      String worker = instance + "/" + i;
      Thread thread = new Thread(() -> work(worker), "dispatcher-" + i);
      threads.add(thread);
      thread.start();
    }
    log.info("Publishing dispatcher started: {} threads as {}", properties.threads(), instance);
  }

  private void work(String worker) {
    while (running) {
      int claimed = 0;
      try {
        claimed = dispatcher.dispatchDue(worker, clock.instant());
      } catch (RuntimeException e) {
        log.error("A dispatcher round failed; the next one tries again", e);
      }
      if (claimed < properties.batchSize() && !rested()) {
        return;
      }
    }
  }

  /** Sleeps for the poll interval; false when interrupted. */
  private boolean rested() {
    try {
      Thread.sleep(properties.pollInterval().toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    for (Thread thread : threads) {
      try {
        thread.join(SHUTDOWN_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    threads.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
