package io.github.kaohe.xlsx;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Period;
import io.github.kaohe.data.RowSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads an Excel workbook (.xlsx) into sheets of text cells for {@link DataReader}, which applies
 * the same rules as to a CSV file: a header by id or Chinese name, wide or long, a period column or
 * a sheet named after its period ({@code 2015}, {@code 2015Q3}, {@code 2015年}).
 *
 * <p>Each cell is read as Excel shows it to a person: a number to at most 15 significant digits
 * (Excel's own precision, which drops the binary noise of a formula such as {@code =A1*1.1}); a
 * percent-formatted cell ({@code 0.125} shown as {@code 12.5%}) as {@code 12.5%}, which is
 * understood where the indicator's unit is %; a formula by its saved value (a formula without one,
 * as some programs write them, is a problem at its cell); TRUE and FALSE as {@code true} and
 * {@code false}; an error such as {@code #DIV/0!} as itself, so that it is reported at its cell.
 * Hidden sheets and visible sheets without a header (notes) are not read.
 *
 * <p>{@link #open} streams each sheet's rows as they are read, so that a large workbook never
 * stands in memory whole; {@link #read(Path)} holds a small one's sheets. Both check the file
 * against {@link XlsxLimits} first (bytes unzipped, rows, columns, characters per cell, shared
 * strings), so that a zip bomb or a sheet of millions of rows is a {@link DataException}.
 *
 * <pre>{@code
 * try (XlsxSheets book = XlsxDataReader.open(Path.of("zones.xlsx"))) {
 *   Dataset data = DataReader.forScheme(scheme).read(book.sheets());
 * }
 * }</pre>
 */
public final class XlsxDataReader {
  private static final MathContext EXCEL_DIGITS = new MathContext(15);
  /** How many rows of a sheet tell whether it has a header (as {@link DataReader#hasHeader}). */
  private static final int HEAD = 20;

  private XlsxDataReader() {}

  /**
   * Opens a workbook to read its data sheets as streams, within the default limits. Close it.
   *
   * @throws DataException if the file is not a workbook, passes a limit, or none of its sheets has
   *     a header
   */
  public static XlsxSheets open(Path file) {
    return open(file, XlsxLimits.defaults());
  }

  /** Opens a workbook as {@link #open(Path)} does, within these limits. */
  public static XlsxSheets open(Path file, XlsxLimits limits) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    ZipGuard.check(file, name, limits);
    ReadableWorkbook book;
    try {
      book = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      throw unreadable(name, e);
    }
    try {
      List<RowSource> sheets = new ArrayList<>();
      List<String> ignored = new ArrayList<>();
      for (Sheet sheet : book.getSheets().toList()) {
        if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
          continue;
        }
        StreamedSheet streamed = new StreamedSheet(sheet, name, limits);
        List<DataSheet.Row> head = streamed.head(HEAD);
        if (head.isEmpty()) {
          continue;
        }
        if (DataReader.hasHeader(new DataSheet(name, sheet.getName(), period(sheet.getName()), head))) {
          sheets.add(streamed);
        } else {
          ignored.add(sheet.getName());
        }
      }
      if (sheets.isEmpty()) {
        throw fileProblem(name,
            "no sheet has a header with an entity column: head the column of names 'entity' (or 名称)"
                + (ignored.isEmpty() ? "" : "; sheets read: " + String.join(", ", ignored)));
      }
      return new XlsxSheets(book, sheets, ignored);
    } catch (RuntimeException e) {
      try {
        book.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof DataException d ? d : unreadable(name, e);
    }
  }

  /**
   * Reads the workbook's data sheets into memory, within the default limits: for small workbooks;
   * {@link #open} streams large ones.
   *
   * @throws DataException if the file is not a workbook, passes a limit, or none of its sheets has
   *     a header
   */
  public static DataWorkbook read(Path file) {
    try (XlsxSheets book = open(file)) {
      List<DataSheet> sheets = new ArrayList<>();
      for (RowSource sheet : book.sheets()) {
        List<DataSheet.Row> rows = new ArrayList<>();
        sheet.forEach(rows::add);
        sheets.add(new DataSheet(sheet.file(), sheet.sheet(), sheet.period(), rows));
      }
      return new DataWorkbook(sheets, book.ignored());
    }
  }

  /**
   * Reads a workbook from a stream, which is copied to a temporary file first (at most as many
   * bytes as the limit of unzipped bytes) and read as {@link #read(Path)} reads a file.
   *
   * @param name the file name shown in problems
   */
  public static DataWorkbook read(InputStream in, String name) {
    Path copy = null;
    try {
      copy = Files.createTempFile("kaohe-", ".xlsx");
      long limit = XlsxLimits.defaults().maxUncompressedBytes();
      try (OutputStream out = Files.newOutputStream(copy)) {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
          copied += n;
          if (copied > limit) {
            throw fileProblem(name, "the workbook is larger than " + (limit >> 20) + " MiB, the limit");
          }
          out.write(buffer, 0, n);
        }
      }
      DataWorkbook book;
      try {
        book = read(copy);
      } catch (DataException e) {
        throw renamed(e, copy.getFileName().toString(), name);
      }
      List<DataSheet> renamed = new ArrayList<>();
      for (DataSheet s : book.sheets()) {
        renamed.add(new DataSheet(name, s.sheet(), s.period(), s.rows()));
      }
      return new DataWorkbook(renamed, book.ignored());
    } catch (IOException e) {
      throw fileProblem(name, "cannot read the workbook: " + e.getMessage());
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // a temporary file left behind is no reason to fail the read
        }
      }
    }
  }

  /** The problems of the temporary copy, told of the file the caller named. */
  private static DataException renamed(DataException e, String copy, String name) {
    List<DataProblem> problems = new ArrayList<>();
    for (DataProblem p : e.problems()) {
      problems.add(new DataProblem(p.file().replace(copy, name), p.sheet(), p.row(), p.column(), p.field(),
          p.message().replace(copy, name)));
    }
    return new DataException(problems);
  }

  /** The problem of a file that fastexcel cannot read. */
  static DataException unreadable(String name, Throwable e) {
    if (e instanceof DataException d) {
      return d;
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    // a reader's own slip on a damaged part (a cell without an address) says nothing to a person
    boolean slip = root instanceof NullPointerException || root instanceof IndexOutOfBoundsException
        || root instanceof ClassCastException || root instanceof NumberFormatException;
    String why = root.getMessage() == null || slip ? "the file is damaged" : root.getMessage();
    // The parser's words, without the Java class names that wrap them.
    why = why.replaceAll("(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ", "").strip();
    if (why.length() > 200) {
      why = why.substring(0, 200) + "…";
    }
    return fileProblem(name, "cannot read the workbook (" + why + "): save it in Excel as \"Excel Workbook (*.xlsx)\"");
  }

  /** The cell as Excel shows it to a person, in the forms {@link DataReader} reads. */
  static String text(Cell cell) {
    Object value = cell.getValue();
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      BigDecimal shown = number.round(EXCEL_DIGITS).stripTrailingZeros();
      String format = cell.getDataFormatString();
      if (format != null && format.contains("%")) {
        return plain(shown.movePointRight(2)) + "%";
      }
      return plain(shown);
    }
    if (value instanceof Boolean b) {
      return b ? "true" : "false";
    }
    return value.toString().strip();
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /** The period a sheet is named after, if any. */
  static Optional<Period> period(String sheetName) {
    try {
      return Optional.of(Period.parse(sheetName));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static DataException fileProblem(String name, String message) {
    return new DataException(List.of(new DataProblem(name, 0, 0, "", message)));
  }
}
