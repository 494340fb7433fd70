package io.github.kaohe.xlsx;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Period;
import java.io.IOException;
import java.io.InputStream;
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
import org.dhatim.fastexcel.reader.Row;
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
 * understood where the indicator's unit is %; a formula by its computed value; TRUE and FALSE as
 * {@code true} and {@code false}; an error such as {@code #DIV/0!} as itself, so that it is
 * reported at its cell. Hidden sheets and visible sheets without a header (notes) are not read.
 *
 * <pre>{@code
 * DataWorkbook book = XlsxDataReader.read(Path.of("zones.xlsx"));
 * Dataset data = DataReader.forScheme(scheme).read(book.sheets());
 * }</pre>
 */
public final class XlsxDataReader {
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private XlsxDataReader() {}

  /**
   * Reads the workbook's data sheets.
   *
   * @throws DataException if the file is not a workbook, or none of its sheets has a header
   */
  public static DataWorkbook read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (IOException e) {
      throw fileProblem(name, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * Reads a workbook from a stream.
   *
   * @param name the file name shown in problems
   */
  public static DataWorkbook read(InputStream in, String name) {
    List<DataSheet> sheets = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    try (ReadableWorkbook book = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      for (Sheet sheet : book.getSheets().toList()) {
        if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
          continue;
        }
        DataSheet data = new DataSheet(name, sheet.getName(), period(sheet.getName()), rows(sheet));
        if (data.rows().isEmpty()) {
          continue;
        }
        if (DataReader.hasHeader(data)) {
          sheets.add(data);
        } else {
          ignored.add(sheet.getName());
        }
      }
    } catch (IOException | RuntimeException e) {
      throw fileProblem(name,
          "cannot read the workbook (" + e.getMessage() + "): save it in Excel as \"Excel Workbook (*.xlsx)\"");
    }
    if (sheets.isEmpty()) {
      throw fileProblem(name,
          "no sheet has a header with an entity column: head the column of names 'entity' (or 名称)"
              + (ignored.isEmpty() ? "" : "; sheets read: " + String.join(", ", ignored)));
    }
    return new DataWorkbook(sheets, ignored);
  }

  private static List<DataSheet.Row> rows(Sheet sheet) throws IOException {
    List<DataSheet.Row> rows = new ArrayList<>();
    for (Row row : sheet.read()) {
      List<String> cells = new ArrayList<>();
      for (Cell cell : row) {
        if (cell == null) {
          cells.add("");
          continue;
        }
        while (cells.size() < cell.getColumnIndex()) {
          cells.add("");
        }
        cells.add(text(cell));
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
        cells.remove(cells.size() - 1);
      }
      if (!cells.isEmpty()) {
        rows.add(new DataSheet.Row(row.getRowNum(), cells));
      }
    }
    return rows;
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

  private static DataException fileProblem(String name, String message) {
    return new DataException(List.of(new DataProblem(name, 0, 0, "", message)));
  }
}
