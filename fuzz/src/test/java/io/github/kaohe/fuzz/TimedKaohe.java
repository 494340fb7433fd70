package io.github.kaohe.fuzz;

import io.github.kaohe.cli.KaoheCli;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code kaohe} as {@link KaoheCli#main} runs it, writing on exit the processor time the JVM took
 * (all its threads, in milliseconds) to the file named by {@code kaohe.cpu.file}: the time a run
 * takes on a machine of its own, which the wall clock of a build machine shared by several builds
 * does not show.
 */
public final class TimedKaohe {
  private TimedKaohe() {}

  public static void main(String[] args) {
    Path report = Path.of(System.getProperty("kaohe.cpu.file"));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      long nanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
      try {
        Files.writeString(report, Long.toString(nanos / 1_000_000));
      } catch (IOException e) {
        // the test then finds no figure and fails saying so
      }
    }));
    KaoheCli.main(args);
  }
}
