package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvHeaderTest {
  @Test
  void readsTheFirstLineWithoutTheByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, "\uFEFFentity, period ,税收\r\n甲,2015,1\r\n", StandardCharsets.UTF_8);

    assertThat(CsvHeader.read(file)).containsExactly("entity", "period", "税收");
  }

  @Test
  void splitsQuotedCellsAndTabSeparatedLines() {
    assertThat(CsvHeader.split("entity,\"tax, total\",\"say \"\"hi\"\"\"")).containsExactly("entity", "tax, total", "say \"hi\"");
    assertThat(CsvHeader.split("entity\tperiod\ttax")).containsExactly("entity", "period", "tax");
  }

  @Test
  void anEmptyFileHasAnEmptyHeader(@TempDir Path dir) throws IOException {
    Path file = Files.createFile(dir.resolve("empty.csv"));

    assertThat(CsvHeader.read(file)).isEmpty();
  }
}
