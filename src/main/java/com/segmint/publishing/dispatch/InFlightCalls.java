package com.segmint.publishing.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The calls of one round still out. Waiting for them ignores interruption (and restores it after):
 * a call that went out must have its outcome recorded, or its post would wait for its lease to run
 * out and end unknown.
 */
final class InFlightCalls {

  private final CompletionService<Attempt> calls;
  private int outstanding;

  InFlightCalls(CompletionService<Attempt> calls, int outstanding) {
    this.calls = calls;
    this.outstanding = outstanding;
  }

  boolean any() {
    return outstanding > 0;
  }

  /** The next call to finish, with every other one that has finished by then. */
  List<Attempt> nextWave() {
    List<Attempt> wave = new ArrayList<>();
    wave.add(attemptOf(nextFinished()));
    outstanding--;
    for (Future<Attempt> done; outstanding > 0 && (done = calls.poll()) != null; outstanding--) {
      wave.add(attemptOf(done));
    }
    return wave;
  }

  private Future<Attempt> nextFinished() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return calls.take();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A finished call's attempt; every error inside the call was already turned into an outcome. */
  private static Attempt attemptOf(Future<Attempt> done) {
    try {
      return done.get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("A finished publish call had no attempt", e);
    }
  }
}
