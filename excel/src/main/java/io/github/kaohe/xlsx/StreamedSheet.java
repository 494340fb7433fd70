package io.github.kaohe.xlsx;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Period;
import io.github.kaohe.data.RowSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A sheet read as a stream of rows of text cells ({@link Sheet#openStream()}), each time it is
 * iterated, within the {@link XlsxLimits}. Blank rows are left out, and a row's empty cells at its
 * end, as a workbook stores none. A formula cell without a saved value is a problem at its cell,
 * reported when the sheet has been read, all such cells at once.
 */
final class StreamedSheet implements RowSource {
  /** How many formula cells without a value are listed. */
  private static final int LISTED = 50;

  private final Sheet sheet;
  private final String file;
  private final XlsxLimits limits;

  StreamedSheet(Sheet sheet, String file, XlsxLimits limits) {
    this.sheet = sheet;
    this.file = file;
    this.limits = limits;
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public String sheet() {
    return sheet.getName();
  }

  @Override
  public Optional<Period> period() {
    return XlsxDataReader.period(sheet.getName());
  }

  /** The first rows that have cells, at most {@code n}: enough to tell whether the sheet has data. */
  List<DataSheet.Row> head(int n) {
    List<DataSheet.Row> head = new ArrayList<>();
    Rows rows = new Rows();
    try {
      while (head.size() < n && rows.hasNext()) {
        head.add(rows.next());
      }
    } finally {
      rows.close();
    }
    return head;
  }

  @Override
  public Iterator<DataSheet.Row> iterator() {
    return new Rows();
  }

  /** The rows of one pass over the sheet; the stream closes at its end. */
  private final class Rows implements Iterator<DataSheet.Row> {
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<DataProblem> formulas = new ArrayList<>();
    private int formulasFound;
    private DataSheet.Row next;
    private boolean closed;

    Rows() {
      try {
        stream = sheet.openStream();
      } catch (IOException | RuntimeException e) {
        throw XlsxDataReader.unreadable(file, e);
      }
      rows = stream.iterator();
    }

    @Override
    public boolean hasNext() {
      while (next == null && !closed) {
        Row row;
        try {
          if (!rows.hasNext()) {
            close();
            if (formulasFound > 0) {
              throw formulaProblems();
            }
            return false;
          }
          row = rows.next();
        } catch (io.github.kaohe.data.DataException e) {
          throw e;
        } catch (RuntimeException e) {
          // a malformed sheet part: the reader fails in its own ways (a cell without an address
          // throws NullPointerException), all of them "unreadable", none of them a crash
          close();
          throw XlsxDataReader.unreadable(file, e);
        }
        next = row(row);
      }
      return next != null;
    }

    @Override
    public DataSheet.Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      DataSheet.Row r = next;
      next = null;
      return r;
    }

    /** The row's cells as text; null for a blank row. */
    private DataSheet.Row row(Row row) {
      int number = row.getRowNum();
      if (number > limits.maxRows()) {
        close();
        throw problem(number, 0, "the sheet has more than " + limits.maxRows() + " rows, the limit"
            + " (Excel's own): split the data, or save it as CSV");
      }
      List<String> cells = new ArrayList<>();
      for (Cell cell : row) {
        if (cell == null) {
          cells.add("");
          continue;
        }
        int column = cell.getColumnIndex();
        if (column >= limits.maxColumns()) {
          close();
          throw problem(number, 0, "the row has a cell beyond column " + limits.maxColumns() + ", the limit (Excel's own)");
        }
        while (cells.size() < column) {
          cells.add("");
        }
        if (cell.getType() == CellType.FORMULA && cell.getValue() == null) {
          if (formulasFound++ < LISTED) {
            formulas.add(new DataProblem(file, sheet.getName(), number, column + 1, "",
                "the cell has a formula but no saved value: open and save the file in Excel (or LibreOffice),"
                    + " which saves each formula's value"));
          }
          cells.add("");
          continue;
        }
        String text = XlsxDataReader.text(cell);
        if (text.length() > limits.maxCellChars()) {
          close();
          throw problem(number, column + 1, "the cell has more than " + limits.maxCellChars() + " characters, the limit");
        }
        cells.add(text);
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
        cells.remove(cells.size() - 1);
      }
      return cells.isEmpty() ? null : new DataSheet.Row(number, cells);
    }

    private DataException formulaProblems() {
      List<DataProblem> all = new ArrayList<>(formulas);
      if (formulasFound > LISTED) {
        all.add(new DataProblem(file, sheet.getName(), 0, 0, "",
            "and " + (formulasFound - LISTED) + " more cells with a formula but no saved value"));
      }
      return new DataException(all);
    }

    private DataException problem(int row, int column, String message) {
      return new DataException(List.of(new DataProblem(file, sheet.getName(), row, column, "", message)));
    }

    void close() {
      if (!closed) {
        closed = true;
        stream.close();
      }
    }
  }
}
