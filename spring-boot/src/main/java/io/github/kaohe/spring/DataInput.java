package io.github.kaohe.spring;

import io.github.kaohe.data.Dataset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Data to score, as a request brings it: a CSV file's bytes, an Excel workbook's bytes, rows of
 * values (JSON), or a {@link Dataset} already built. {@link ScoringService} reads it by the
 * scheme's rules, exactly as the command line reads a file.
 */
public sealed interface DataInput {
  /** The name shown in problems, e.g. the uploaded file's name. */
  String name();

  /** A CSV file: UTF-8 (with or without BOM), UTF-16 with BOM or GBK/GB18030, detected. */
  static DataInput csv(byte[] bytes, String name) {
    return new Csv(bytes, name);
  }

  /** An Excel workbook (.xlsx): its visible sheets with a header. */
  static DataInput xlsx(byte[] bytes, String name) {
    return new Xlsx(bytes, name);
  }

  /**
   * Rows of values, one map per row, as in a wide CSV file: keys are the column headers ({@code
   * entity}, {@code period}, indicator ids or names), values numbers, text, booleans or null
   * (missing). A problem's row is the row's 1-based position in the list.
   */
  static DataInput rows(List<Map<String, @Nullable Object>> rows, String name) {
    return new Rows(rows, name);
  }

  /** Data already read. */
  static DataInput of(Dataset dataset) {
    return new Ready(dataset);
  }

  /** A CSV file's bytes (not copied: do not change them). */
  record Csv(byte[] bytes, String name) implements DataInput {
    public Csv {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(name, "name");
    }
  }

  /** An Excel workbook's bytes (not copied: do not change them). */
  record Xlsx(byte[] bytes, String name) implements DataInput {
    public Xlsx {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(name, "name");
    }
  }

  /** Rows of values. */
  record Rows(List<Map<String, @Nullable Object>> rows, String name) implements DataInput {
    public Rows {
      rows = List.copyOf(rows);
      Objects.requireNonNull(name, "name");
    }
  }

  /** A dataset already read. */
  record Ready(Dataset dataset) implements DataInput {
    public Ready {
      Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    public String name() {
      return "data";
    }
  }
}
