package io.github.kaohe.spark;

import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Period;
import io.github.kaohe.data.RowSource;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * The rows of one partition as the text cells the core {@code DataReader} reads from a CSV file,
 * so that column names, units, periods and bad values are read, and reported, exactly as the
 * command line reads them: a header row (row 1) and then each row with its number in the input.
 */
final class InputRows implements RowSource, Serializable {
  private static final long serialVersionUID = 1L;

  /** One input row: its 1-based number in the input (the header being row 1) and its cells. */
  record Numbered(int number, String[] cells) implements Serializable {
    private Object writeReplace() {
      return new NumberedForm(this);
    }
  }

  /** A row as Spark shuffles and caches it (see {@link Wire}). */
  private static final class NumberedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Numbered row;

    NumberedForm(Numbered row) {
      this.row = row;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.writeInt(row.number());
      Wire.texts(out, row.cells());
    }

    private void readObject(ObjectInputStream in) throws IOException {
      int number = in.readInt();
      String[] cells = Wire.texts(in);
      if (cells == null) {
        throw new InvalidObjectException("a row without cells");
      }
      row = new Numbered(number, cells);
    }

    private Object readResolve() {
      return row;
    }
  }

  private final String file;
  private final String[] header;
  private final List<Numbered> rows;

  InputRows(String file, String[] header, List<Numbered> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  /** A row's cells as text: decimals in plain notation, doubles by their shortest exact decimal. */
  static String[] cells(Row row) {
    String[] cells = new String[row.length()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cell(row.get(i));
    }
    return cells;
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).toPlainString();
    }
    if (value instanceof Float f) {
      return f.isNaN() || f.isInfinite() ? f.toString() : new BigDecimal(Float.toString(f)).toPlainString();
    }
    return value.toString();
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public String sheet() {
    return "";
  }

  @Override
  public Optional<Period> period() {
    return Optional.empty();
  }

  @Override
  public Iterator<DataSheet.Row> iterator() {
    List<DataSheet.Row> all = new ArrayList<>(rows.size() + 1);
    all.add(new DataSheet.Row(1, Arrays.asList(header)));
    for (Numbered r : rows) {
      all.add(new DataSheet.Row(r.number(), Arrays.asList(r.cells())));
    }
    return all.iterator();
  }
}
