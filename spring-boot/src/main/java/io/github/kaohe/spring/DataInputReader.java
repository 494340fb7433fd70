package io.github.kaohe.spring;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.xlsx.XlsxDataReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link DataInput} by a scheme's rules, as the command line reads a file. */
final class DataInputReader {
  private DataInputReader() {}

  static Dataset read(Scheme scheme, DataInput input, @Nullable Period period) {
    if (input instanceof DataInput.Ready r) {
      return r.dataset();
    }
    if (input instanceof DataInput.Csv c) {
      return csv(scheme, c, period);
    }
    if (input instanceof DataInput.Xlsx x) {
      return sheets(scheme, period).read(XlsxDataReader.read(new ByteArrayInputStream(x.bytes()), x.name()).sheets());
    }
    return rows(scheme, (DataInput.Rows) input, period);
  }

  private static DataReader sheets(Scheme scheme, @Nullable Period period) {
    DataReader reader = DataReader.forScheme(scheme);
    return period == null ? reader : reader.withPeriod(period);
  }

  /**
   * A CSV file in UTF-8 (with or without BOM, as most are) is read from memory. Any other is read
   * from disk, where the reader detects its encoding (UTF-16, GBK, GB18030) as for any file: its
   * bytes go to a file of a new temporary folder, named as the upload (its name only).
   */
  private static Dataset csv(Scheme scheme, DataInput.Csv csv, @Nullable Period period) {
    CsvDataReader reader = CsvDataReader.forScheme(scheme);
    if (period != null) {
      reader = reader.withPeriod(period);
    }
    String utf8 = strictUtf8(csv.bytes());
    if (utf8 != null) {
      return reader.read(utf8, csv.name());
    }
    Path dir = null;
    Path file = null;
    try {
      dir = Files.createTempDirectory("kaohe-upload");
      file = dir.resolve(safeName(csv.name(), "data.csv"));
      Files.write(file, csv.bytes());
      return reader.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the upload in a temporary file", e);
    } finally {
      deleteQuietly(file);
      deleteQuietly(dir);
    }
  }

  private static @Nullable String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static void deleteQuietly(@Nullable Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // a temporary file left behind is removed with the temporary folder's other leftovers
      }
    }
  }

  /** The last segment of a name a client gave, without anything that could leave the folder. */
  static String safeName(String name, String fallback) {
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1);
    StringBuilder s = new StringBuilder();
    last.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != ':' && c != '*' && c != '?' && c != '"' && c != '<' && c != '>' && c != '|')
        .limit(100)
        .forEach(s::appendCodePoint);
    String safe = s.toString().strip();
    return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? fallback : safe;
  }

  /** Rows as a wide sheet: the header is every key in the order first seen. */
  private static Dataset rows(Scheme scheme, DataInput.Rows input, @Nullable Period period) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (Map<String, @Nullable Object> row : input.rows()) {
      for (String key : row.keySet()) {
        columns.putIfAbsent(key, columns.size());
      }
    }
    List<DataProblem> problems = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    table.add(List.copyOf(columns.keySet()));
    for (int i = 0; i < input.rows().size(); i++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cells.add("");
      }
      for (Map.Entry<String, @Nullable Object> e : input.rows().get(i).entrySet()) {
        int column = columns.get(e.getKey());
        String cell = cell(e.getValue());
        if (cell == null) {
          problems.add(new DataProblem(input.name(), i + 1, column + 1, e.getKey(),
              "a value must be a number, text, true, false or null, not a list or an object"));
          cell = "";
        }
        cells.set(column, cell);
      }
      table.add(cells);
    }
    if (input.rows().isEmpty()) {
      problems.add(new DataProblem(input.name(), 0, 0, "", "there are no rows: send {\"rows\": [{\"entity\": …, \"period\": …, …}]}"));
    }
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
    try {
      return sheets(scheme, period).read(List.of(DataSheet.of(input.name(), table)));
    } catch (DataException e) {
      // The header is row 1 of the sheet: the n-th row of the list is row n + 1.
      throw new DataException(e.problems().stream()
          .map(p -> new DataProblem(p.file(), p.sheet(), Math.max(0, p.row() - 1), p.column(), p.field(), p.message()))
          .toList());
    }
  }

  private static @Nullable String cell(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof CharSequence || value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }
}
