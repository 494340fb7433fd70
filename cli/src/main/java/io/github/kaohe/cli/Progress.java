package io.github.kaohe.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress bar on stderr for work that takes more than a second: nothing is drawn before then,
 * so quick runs print nothing, and nothing at all when stderr is not a terminal (a file, a pipe,
 * a CI log). The bar is redrawn in place and erased when the work is done.
 *
 * <pre>
 * 评估 evaluating 2015 (3/6) [##########          ]  50%
 * </pre>
 */
final class Progress implements AutoCloseable {
  private static final int BAR = 20;
  private static final long TICK_MILLIS = 200;

  private final PrintWriter err;
  private final boolean enabled;
  private final long delayNanos;
  private final long start = System.nanoTime();
  private final Thread ticker;
  private volatile String label = "";
  private volatile int done;
  private volatile int total = 1;
  private boolean drawn;
  private boolean closed;

  Progress(PrintWriter err, boolean enabled, Duration delay) {
    this.err = err;
    this.enabled = enabled;
    this.delayNanos = delay.toNanos();
    this.ticker = new Thread(this::tick, "kaohe-progress");
    this.ticker.setDaemon(true);
    if (enabled) {
      ticker.start();
    }
  }

  /** A bar on stderr if it is a terminal, drawn once the work has taken a second. */
  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, Terminal.stderrIsTerminal(), Duration.ofSeconds(1));
  }

  /** Nothing drawn. */
  static Progress none(PrintWriter err) {
    return new Progress(err, false, Duration.ZERO);
  }

  /** Says what is being done: step {@code done} of {@code total}. */
  void step(String label, int done, int total) {
    this.label = label;
    this.total = Math.max(1, total);
    this.done = Math.min(done, this.total);
  }

  private void tick() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(TICK_MILLIS);
        if (System.nanoTime() - start >= delayNanos) {
          draw();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The bar as it is drawn, e.g. {@code evaluating 2015 (3/6) [######      ]  50%}. */
  String line() {
    int d = done;
    int t = total;
    int filled = BAR * d / t;
    return String.format(
        Locale.ROOT, "%s (%d/%d) [%s%s] %3d%%", label, d, t, "#".repeat(filled), " ".repeat(BAR - filled), 100 * d / t);
  }

  synchronized void draw() {
    if (closed) {
      return;
    }
    err.print("\r" + line() + "\u001B[K");
    err.flush();
    drawn = true;
  }

  @Override
  public synchronized void close() {
    closed = true;
    ticker.interrupt();
    if (drawn) {
      err.print("\r\u001B[K");
      err.flush();
    }
  }
}
