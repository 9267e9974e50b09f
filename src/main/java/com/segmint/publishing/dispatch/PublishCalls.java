package com.segmint.publishing.dispatch;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that make the dispatcher's outbound calls, so that the posts of one round go out side
 * by side instead of one after another: each dispatcher thread may have {@code callsPerThread}
 * calls in flight. Idle threads end after a minute. The pool closes after the dispatcher's threads
 * have stopped (a lifecycle stop comes before a bean's destruction), so a round in hand always gets
 * its calls answered.
 */
@Component
class PublishCalls implements DisposableBean {

  private static final long IDLE_SECONDS = 60;
  private static final long CLOSE_SECONDS = 30;

  private final ThreadPoolExecutor executor;

  PublishCalls(DispatcherProperties properties) {
    int size = Math.max(1, properties.threads()) * Math.max(1, properties.callsPerThread());
    AtomicInteger count = new AtomicInteger();
    executor =
        new ThreadPoolExecutor(
            size,
            size,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "publish-call-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
  }

  /** A round's calls, handed back in the order they finish. */
  CompletionService<Attempt> round() {
    return new ExecutorCompletionService<>(executor);
  }

  @Override
  public void destroy() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(CLOSE_SECONDS, TimeUnit.SECONDS);
  }
}
