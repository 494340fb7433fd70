package io.github.kaohe.cli;

import java.io.PrintStream;

/**
 * What a failure in a thread other than the command's own prints. Work shared out on the common
 * pool fails the command with the task's error, which the command words in one line (running out
 * of memory included); the JVM's default would print the error a second time, raw, as {@code
 * Exception in thread "ForkJoinPool.commonPool-worker-1" java.lang.OutOfMemoryError: …}. So an
 * {@link OutOfMemoryError} prints nothing here, and anything else one line.
 */
final class WorkerFailures implements Thread.UncaughtExceptionHandler {
  private final PrintStream err;

  WorkerFailures(PrintStream err) {
    this.err = err;
  }

  /** Makes this the handler of every thread without one of its own. */
  static void install() {
    Thread.setDefaultUncaughtExceptionHandler(new WorkerFailures(System.err));
  }

  @Override
  public void uncaughtException(Thread thread, Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return; // the command says so, with the heap to give
    }
    err.println("internal error in " + thread.getName() + ": " + e + " (run again with --debug for the stack trace)");
    err.flush();
  }
}
