package io.github.kaohe.data;

import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scheme's data from a CSV file: {@link CsvSheet} decodes and splits it, {@link DataReader}
 * reads it by the scheme's rules (wide or long shape, headers by id or Chinese or English name,
 * thousands separators, percent signs for % units, facts by type).
 *
 * <pre>{@code
 * Dataset data = CsvDataReader.forScheme(scheme).withPeriod(Period.year(2015)).read(Path.of("zones.csv"));
 * }</pre>
 *
 * <p>A file is read in one pass as it streams from disk, straight into columns: a million rows
 * cost their values, never the file's text. Every problem of the file is reported at once, with row and column, in one
 * {@link DataException}; nothing is returned from a file with problems unless bad rows are skipped
 * ({@link #readSkippingBadRows(Path)}).
 */
public final class CsvDataReader {
  private final DataReader reader;
  private final @Nullable Charset encoding;

  private CsvDataReader(DataReader reader, @Nullable Charset encoding) {
    this.reader = reader;
    this.encoding = encoding;
  }

  /** A reader for data of this scheme; the file's encoding is detected. */
  public static CsvDataReader forScheme(Scheme scheme) {
    return new CsvDataReader(DataReader.forScheme(scheme), null);
  }

  /** A reader that puts rows without a period column in this period. */
  public CsvDataReader withPeriod(Period period) {
    return new CsvDataReader(reader.withPeriod(period), encoding);
  }

  /**
   * A reader that passes over the columns of the policy's other schemes, so that one table of
   * firms can feed several schemes; see {@link DataReader#ignoringColumnsOfOtherSchemes}.
   */
  public CsvDataReader ignoringColumnsOfOtherSchemes(Policy policy) {
    return new CsvDataReader(reader.ignoringColumnsOfOtherSchemes(policy), encoding);
  }

  /** A reader of files in this charset (e.g. GBK), instead of detecting UTF-8, UTF-16 or GB18030. */
  public CsvDataReader withEncoding(Charset charset) {
    return new CsvDataReader(reader, Objects.requireNonNull(charset, "charset"));
  }

  /**
   * Reads a file.
   *
   * @throws DataException listing every problem of the file
   */
  public Dataset read(Path file) {
    try (CsvSheet.Rows rows = CsvSheet.open(file, encoding)) {
      return reader.read(List.of(rows));
    }
  }

  /**
   * Reads CSV text.
   *
   * @param csv the text
   * @param name the file name shown in problems
   * @throws DataException listing every problem of the text
   */
  public Dataset read(String csv, String name) {
    return reader.read(List.of(CsvSheet.parse(csv, name)));
  }

  /**
   * Reads a file, leaving out the entities' periods whose rows have problems, and says which.
   *
   * @throws DataException if the file as a whole cannot be read (encoding, empty, bad header)
   */
  public DataRead readSkippingBadRows(Path file) {
    try (CsvSheet.Rows rows = CsvSheet.open(file, encoding)) {
      return reader.readSkippingBadRows(List.of(rows));
    }
  }

  /** Reads CSV text as {@link #readSkippingBadRows(Path)} reads a file. */
  public DataRead readSkippingBadRows(String csv, String name) {
    return reader.readSkippingBadRows(List.of(CsvSheet.parse(csv, name)));
  }
}
