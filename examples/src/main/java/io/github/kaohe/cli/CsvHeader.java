package io.github.kaohe.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The header row of a CSV data file, read the way {@link io.github.kaohe.data.CsvDataReader}
 * reads it (BOM dropped, tab-separated when the first line has tabs and no commas), so that the
 * command line can tell which scheme a file is for before reading it.
 */
final class CsvHeader {
  private CsvHeader() {}

  /** The header's cells, stripped; empty for an empty file. */
  static List<String> read(Path file) {
    String first;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      first = in.readLine();
    } catch (IOException e) {
      // Not UTF-8 or unreadable: CsvDataReader reports it properly when it reads the file.
      return List.of();
    }
    if (first == null) {
      return List.of();
    }
    if (first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    return split(first);
  }

  /** Splits one line; double quotes may enclose a cell and are doubled inside it. */
  static List<String> split(String line) {
    char delimiter = line.indexOf('\t') >= 0 && line.indexOf(',') < 0 ? '\t' : ',';
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == delimiter) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }
}
