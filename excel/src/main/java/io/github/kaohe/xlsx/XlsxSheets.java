package io.github.kaohe.xlsx;

import io.github.kaohe.data.RowSource;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * A workbook open for reading its data sheets as streams ({@link XlsxDataReader#open}): each sheet
 * is a {@link RowSource} whose rows are read from the file as they are iterated, never held whole.
 * Close it.
 *
 * @see XlsxDataReader
 */
public final class XlsxSheets implements Closeable {
  private final ReadableWorkbook book;
  private final List<RowSource> sheets;
  private final List<String> ignored;

  XlsxSheets(ReadableWorkbook book, List<RowSource> sheets, List<String> ignored) {
    this.book = book;
    this.sheets = List.copyOf(sheets);
    this.ignored = List.copyOf(ignored);
  }

  /** The sheets with data (a header with an entity column), in the workbook's order. */
  public List<RowSource> sheets() {
    return sheets;
  }

  /** The names of the visible sheets without such a header (notes, charts' data). */
  public List<String> ignored() {
    return ignored;
  }

  @Override
  public void close() {
    try {
      book.close();
    } catch (IOException e) {
      // nothing was written: a workbook that fails to close has been read already
    }
  }
}
