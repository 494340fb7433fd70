package io.github.kaohe.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

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
  /** How far the current step is, 0 to 1, where the step can say (bytes of a file read). */
  private volatile @Nullable DoubleSupplier within;
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
    this.within = null;
    this.label = label;
    this.total = Math.max(1, total);
    this.done = Math.min(done, this.total);
  }

  /** Says how far the current step is, as a fraction asked for at each redraw. */
  void within(DoubleSupplier fraction) {
    this.within = fraction;
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
    DoubleSupplier part = within;
    int filled = BAR * d / t;
    int percent = 100 * d / t;
    if (part != null) {
      double f = (d + Math.max(0, Math.min(1, part.getAsDouble()))) / t;
      filled = (int) (BAR * f);
      percent = (int) (100 * f);
    }
    return String.format(
        Locale.ROOT, "%s (%d/%d) [%s%s] %3d%%", label, d, t, "#".repeat(filled), " ".repeat(BAR - filled), percent);
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
