package com.segmint.content.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same call on several threads released at the same instant. */
final class ConcurrentCalls {

  @FunctionalInterface
  interface Call<T> {
    T run(int caller) throws Exception;
  }

  private ConcurrentCalls() {}

  /** The results, in caller order (caller {@code i} is the {@code i}-th element). */
  static <T> List<T> run(int callers, Call<T> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch ready = new CountDownLatch(callers);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        int caller = i;
        futures.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return call.run(caller);
                }));
      }
      ready.await(10, TimeUnit.SECONDS);
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
