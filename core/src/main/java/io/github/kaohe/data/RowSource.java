package io.github.kaohe.data;

import java.util.Optional;

/**
 * A sheet of text cells read once, row by row, as it comes: a CSV file streamed from disk, a
 * workbook's sheet, or a {@link DataSheet} held in memory. {@link DataReader} reads its rows in one
 * pass, so that a file of a million rows is never held whole.
 */
public interface RowSource extends Iterable<DataSheet.Row> {
  /** The file's name, shown in problems. */
  String file();

  /** The sheet's name in a workbook, or empty for a CSV file. */
  String sheet();

  /** The period of every row, for a sheet named after its period; empty otherwise. */
  Optional<Period> period();
}
