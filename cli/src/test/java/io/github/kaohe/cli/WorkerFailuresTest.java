package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkerFailuresTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final WorkerFailures handler = new WorkerFailures(new PrintStream(printed, true, StandardCharsets.UTF_8));
  private final Thread worker = new Thread(() -> {}, "ForkJoinPool.commonPool-worker-1");

  @Test
  void aWorkerOutOfMemoryPrintsNothingAsTheCommandSaysSo() {
    handler.uncaughtException(worker, new OutOfMemoryError("Java heap space"));

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anyOtherFailurePrintsOneLineWithoutATrace() {
    handler.uncaughtException(worker, new IllegalStateException("broken"));

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(
        "internal error in ForkJoinPool.commonPool-worker-1: java.lang.IllegalStateException: broken"
            + " (run again with --debug for the stack trace)" + System.lineSeparator());
  }
}
