/**
 * Kaohe's Excel data: the data sheets of a workbook (.xlsx), read for kaohe-core's {@code DataReader}.
 * A module of its own so that kaohe-core needs no Excel library.
 */
module io.github.kaohe.xlsx {
  requires transitive io.github.kaohe.core;
  requires org.dhatim.fastexcel.reader;
  requires static org.jspecify;

  exports io.github.kaohe.xlsx;
}
