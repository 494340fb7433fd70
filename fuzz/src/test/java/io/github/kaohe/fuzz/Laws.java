package io.github.kaohe.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.EvaluationProblem;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.Problem;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The laws every fuzz case is held to: a result or the documented exception with clear problems,
 * and an end. The bound is a hang detector, far above any case's time (the slowest take well under
 * a second); it is no measure of speed.
 */
final class Laws {
  static final Duration HANG = Duration.ofSeconds(60);

  private Laws() {}

  /** What a call gave: its value, or the exception it threw. */
  record Outcome<T>(@Nullable T value, @Nullable Throwable thrown) {}

  /** Runs the call on its own thread; fails the case if it has not ended within {@link #HANG}. */
  static <T> Outcome<T> bounded(Callable<T> call) {
    FutureTask<T> task = new FutureTask<>(call);
    Thread thread = new Thread(task, "fuzz-case");
    thread.setDaemon(true);
    thread.start();
    try {
      return new Outcome<>(task.get(HANG.toSeconds(), TimeUnit.SECONDS), null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, e.getCause());
    } catch (TimeoutException e) {
      thread.interrupt();
      return fail("no end within %s: a hang", HANG);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The thrown exception, if any, is a {@link PolicyException} whose problems name the file and say what is wrong. */
  static void policyError(@Nullable Throwable thrown, String file, String text) {
    if (thrown == null) {
      return;
    }
    if (!(thrown instanceof PolicyException e)) {
      throw new AssertionError("not a PolicyException: " + thrown, thrown);
    }
    assertThat(e.problems()).as("problems of %s", e).isNotEmpty();
    long lines = text.lines().count() + 2;
    for (Problem p : e.problems()) {
      assertThat(p.file()).isEqualTo(file);
      assertThat(p.line()).as("line of %s", p).isBetween(0, (int) Math.min(Integer.MAX_VALUE, lines));
      assertThat(p.column()).as("column of %s", p).isGreaterThanOrEqualTo(0);
      clearMessage(p.message());
    }
  }

  /** The thrown exception, if any, is a {@link DataException} whose problems name the file and say what is wrong. */
  static void dataError(@Nullable Throwable thrown, String file) {
    if (thrown == null) {
      return;
    }
    if (!(thrown instanceof DataException e)) {
      throw new AssertionError("not a DataException: " + thrown, thrown);
    }
    assertThat(e.problems()).as("problems of %s", e).isNotEmpty();
    for (DataProblem p : e.problems()) {
      assertThat(p.file()).as("file of %s", p).contains(file);
      assertThat(p.row()).as("row of %s", p).isGreaterThanOrEqualTo(0);
      assertThat(p.column()).as("column of %s", p).isGreaterThanOrEqualTo(0);
      clearMessage(p.message());
    }
  }

  /** The thrown exception, if any, is an {@link EvaluationException} with problems that say what is wrong. */
  static void evaluationError(@Nullable Throwable thrown) {
    if (thrown == null) {
      return;
    }
    if (!(thrown instanceof EvaluationException e)) {
      throw new AssertionError("not an EvaluationException: " + thrown, thrown);
    }
    assertThat(e.problems()).isNotEmpty();
    for (EvaluationProblem p : e.problems()) {
      clearMessage(p.toString());
    }
  }

  /** A message for a person: not blank, no stack trace, no Java exception's name, not megabytes long. */
  static void clearMessage(String message) {
    assertThat(message).isNotBlank();
    assertThat(message).doesNotContain("\tat ", "Exception:", "java.lang.", "com.fasterxml.", "org.yaml.");
    assertThat(message.length()).as("length of the message %s…", message.substring(0, Math.min(300, message.length())))
        .isLessThan(20_000);
  }
}
