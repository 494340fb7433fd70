/**
 * Kaohe's reports: a policy's evaluated schemes as one HTML page with charts, an Excel workbook,
 * Markdown, CSV or JSON. Only the API package is exported; its renderers' parts are package-private.
 */
module io.github.kaohe.report {
  requires transitive io.github.kaohe.core;
  requires org.dhatim.fastexcel;
  requires com.google.common;
  requires static org.jspecify;

  exports io.github.kaohe.report;
}
