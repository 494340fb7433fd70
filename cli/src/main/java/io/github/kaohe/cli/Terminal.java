package io.github.kaohe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * What Java 17 cannot ask directly: whether standard output or error is a terminal, and how wide
 * it is. On Linux, file descriptors 1 and 2 link to a terminal device; elsewhere a console means
 * both ends are terminals. The width is {@code COLUMNS} if set, else what {@code stty size} says.
 */
final class Terminal {
  private Terminal() {}

  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    try {
      Path link = Path.of("/proc/self/fd/" + fd);
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return System.console() != null;
  }

  /** The width of the terminal standard output is, in columns; empty if it is no terminal. */
  static OptionalInt stdoutWidth() {
    if (!stdoutIsTerminal()) {
      return OptionalInt.empty();
    }
    OptionalInt columns = positive(System.getenv("COLUMNS"));
    if (columns.isPresent()) {
      return columns;
    }
    try {
      Process stty = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
      if (!stty.waitFor(2, TimeUnit.SECONDS)) {
        stty.destroy();
        return OptionalInt.empty();
      }
      String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
      return size.length == 2 ? positive(size[1]) : OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  private static OptionalInt positive(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(text.strip());
      return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
