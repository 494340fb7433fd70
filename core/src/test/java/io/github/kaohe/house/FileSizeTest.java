package io.github.kaohe.house;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small files with one job each: a file of core over 500 lines says why on its first line. */
class FileSizeTest {
  private static final int MOST_LINES = 500;
  private static final String REASON = "// Over 500 lines: ";

  @Test
  void everyLongFileOfCoreSaysWhyAtItsTop() throws IOException {
    List<String> unexplained;
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
      unexplained = files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> lines(f).size() > MOST_LINES && !lines(f).get(0).startsWith(REASON))
          .map(Path::toString)
          .toList();
    }
    assertThat(unexplained).as("files over %d lines without '%s…' on their first line", MOST_LINES, REASON).isEmpty();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
