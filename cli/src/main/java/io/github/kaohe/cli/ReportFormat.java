package io.github.kaohe.cli;

import io.github.kaohe.model.Language;
import io.github.kaohe.report.HtmlReport;
import io.github.kaohe.report.JsonReport;
import io.github.kaohe.report.MarkdownReport;
import io.github.kaohe.report.Report;
import io.github.kaohe.report.XlsxReport;
import java.nio.charset.StandardCharsets;

/** The files {@code kaohe report} writes. */
enum ReportFormat {
  /** One self-contained page with charts, both languages, printable on A4. */
  HTML("html"),
  /** A workbook: ranking, points per indicator, outcomes. */
  XLSX("xlsx"),
  /** Markdown tables, for wikis and merge requests. */
  MD("md"),
  /** The ranking of one scheme as CSV, UTF-8 with a byte-order mark so that Excel reads it; checked as {@code score --format csv} checks it. */
  CSV("csv"),
  /** The documented JSON contract: an object, or an array for several schemes or periods. */
  JSON("json");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  String extension() {
    return extension;
  }

  /** The report's bytes. */
  byte[] render(Assessment assessment, Language lang) {
    Report report = assessment.report();
    return switch (this) {
      case HTML -> utf8(HtmlReport.write(report));
      case XLSX -> XlsxReport.write(report, lang);
      case MD -> utf8(MarkdownReport.write(report, lang));
      case CSV -> utf8(OutputFormat.CSV.render(assessment, lang));
      case JSON -> utf8(JsonReport.write(report));
    };
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
