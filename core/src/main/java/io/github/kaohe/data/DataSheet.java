package io.github.kaohe.data;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of text cells as read from a file, before the scheme's rules read it: a CSV file, or one
 * sheet of a workbook. {@link DataReader} turns sheets into a {@link Dataset}.
 *
 * @param file the file's name, shown in problems
 * @param sheet the sheet's name in a workbook, or empty for a CSV file
 * @param period the period of every row, for a sheet named after its period ({@code 2015},
 *     {@code 2015Q3}); empty otherwise
 * @param rows the rows that have cells, in order
 */
public record DataSheet(String file, String sheet, Optional<Period> period, List<DataSheet.Row> rows)
    implements RowSource {
  public DataSheet {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(period, "period");
    rows = List.copyOf(rows);
  }

  /**
   * One row of cells.
   *
   * @param number the row's 1-based number in the file or sheet, as shown to the user
   * @param cells the cells from the first column on; an empty string is an empty cell
   */
  public record Row(int number, List<String> cells) {
    public Row {
      if (number < 1) {
        throw new IllegalArgumentException("a row's number must be 1 or more, but was " + number);
      }
      cells = List.copyOf(cells);
    }
  }

  /** The rows, in order. */
  @Override
  public Iterator<Row> iterator() {
    return rows.iterator();
  }

  /** A sheet of rows numbered from 1, without a sheet name or period: what a CSV file holds. */
  public static DataSheet of(String file, List<List<String>> rows) {
    List<Row> numbered = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      numbered.add(new Row(i + 1, rows.get(i)));
    }
    return new DataSheet(file, "", Optional.empty(), numbered);
  }
}
