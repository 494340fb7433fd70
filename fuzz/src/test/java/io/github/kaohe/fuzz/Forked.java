package io.github.kaohe.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a JVM of its own, as a user runs {@code java -Xmx512m -jar kaohe.jar}:
 * on the test's class path, with a heap of 512 MB, standard output into a file (it may be large),
 * and killed when it hangs. A run's time is measured as the processor time of its JVM (every
 * thread: reading, garbage collection, compilation), which does not grow when other builds share
 * the machine as the wall clock does; on a quiet machine of two or more cores the wall-clock time is
 * at most about that.
 */
final class Forked {
  /** The heap the issue names. */
  static final String HEAP = "-Xmx512m";

  /**
   * How a run ended: exit code (−1 if it was killed), what it wrote to stderr, its processor time
   * (−1 if unknown) and its wall-clock time.
   */
  record Run(int exitCode, String stderr, long millis, long wallMillis, Path stdout) {
    boolean timedOut() {
      return exitCode == -1;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + " after " + millis + " ms of processor time (" + wallMillis + " ms on the clock); stderr: "
          + (stderr.length() > 2000 ? stderr.substring(0, 2000) + "…" : stderr);
    }
  }

  private Forked() {}

  /**
   * Runs {@code kaohe ARGS} in {@code dir}; killed as hung when it has taken {@code hangSeconds}
   * on the clock.
   */
  static Run kaohe(Path dir, int hangSeconds, String... args) throws IOException, InterruptedException {
    Path cpu = dir.resolve("cpu-millis.txt");
    Files.deleteIfExists(cpu);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Duser.language=en");
    command.add("-Dkaohe.cpu.file=" + cpu);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TimedKaohe.class.getName());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    long start = System.nanoTime();
    boolean ended = p.waitFor(hangSeconds, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    long cpuMillis = Files.exists(cpu) ? Long.parseLong(Files.readString(cpu).strip()) : -1;
    return new Run(ended ? p.exitValue() : -1, stderr, cpuMillis, millis, out);
  }
}
