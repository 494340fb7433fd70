package io.github.kaohe.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as a {@link DataSheet}: decoded and split into cells, not yet read by a scheme's rules.
 *
 * <p>UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), or GBK /
 * GB18030 (what Excel on Chinese Windows saves as "CSV"), detected or given. Comma- or
 * tab-separated: tab when the first line has tabs and no commas. Quoted cells may hold the
 * delimiter, doubled quotes and line breaks (RFC 4180).
 */
public final class CsvSheet {
  private CsvSheet() {}

  /**
   * Reads a CSV file.
   *
   * @param encoding the file's charset, or null to detect UTF-8, UTF-16 or GB18030
   * @throws DataException if the file cannot be read or does not decode
   */
  public static DataSheet read(Path file, @Nullable Charset encoding) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DataException(List.of(new DataProblem(name, 0, 0, "", "cannot read the file: " + e)));
    }
    return parse(TextDecoding.decode(bytes, encoding, name), name);
  }

  /**
   * Splits CSV text into cells.
   *
   * @param csv the text; a leading byte-order mark is dropped
   * @param name the file name shown in problems
   */
  public static DataSheet parse(String csv, String name) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<DataSheet.Row> rows = new ArrayList<>();
    for (CsvParser.Record r : CsvParser.parse(text, CsvParser.detectDelimiter(text))) {
      rows.add(new DataSheet.Row(r.line(), r.fields()));
    }
    return new DataSheet(name, "", Optional.empty(), rows);
  }
}
