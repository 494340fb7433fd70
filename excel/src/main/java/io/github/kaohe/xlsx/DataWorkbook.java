package io.github.kaohe.xlsx;

import io.github.kaohe.data.DataSheet;
import java.util.List;

/**
 * The data sheets of a workbook, and the sheets that were not read.
 *
 * @param sheets the sheets with data (a header with an entity column), in the workbook's order
 * @param ignored the names of the visible sheets without such a header (notes, charts' data)
 */
public record DataWorkbook(List<DataSheet> sheets, List<String> ignored) {
  public DataWorkbook {
    sheets = List.copyOf(sheets);
    ignored = List.copyOf(ignored);
  }
}
