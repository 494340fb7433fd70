package io.github.kaohe.cli;

import io.github.kaohe.model.Language;
import io.github.kaohe.report.HtmlReport;
import io.github.kaohe.report.JsonReport;
import io.github.kaohe.report.MarkdownReport;
import io.github.kaohe.report.Report;
import io.github.kaohe.report.XlsxReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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

  /**
   * The format asked for, else the one the file's extension names, else HTML.
   *
   * @throws InputException if the format asked for is not the one the file's extension names
   */
  static ReportFormat of(@Nullable ReportFormat asked, @Nullable Path file) {
    ReportFormat named = file == null ? null : byExtension(file);
    if (asked != null && named != null && asked != named) {
      throw new InputException(
          "--format " + asked.name().toLowerCase(Locale.ROOT) + " does not match the file's extension: " + file
              + " would hold " + asked.name().toLowerCase(Locale.ROOT) + ", not " + named.extension
              + "; name the file ." + asked.extension + ", or leave out --format");
    }
    return asked != null ? asked : named != null ? named : HTML;
  }

  /** The format whose extension the file has (.htm and .markdown too), or null. */
  static @Nullable ReportFormat byExtension(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    String ext = n.lastIndexOf('.') < 0 ? "" : n.substring(n.lastIndexOf('.') + 1);
    return switch (ext) {
      case "html", "htm" -> HTML;
      case "xlsx" -> XLSX;
      case "md", "markdown" -> MD;
      case "csv" -> CSV;
      case "json" -> JSON;
      default -> null;
    };
  }

  /**
   * Writes the report into the file, whole or not at all: CSV and JSON an entity at a time, as
   * {@code score} writes them; the others made whole first.
   */
  void write(Path file, Assessment assessment, Language lang) {
    switch (this) {
      case CSV -> OutputFiles.writeText(file, out -> OutputFormat.CSV.render(assessment, lang, 0, out));
      case JSON -> OutputFiles.writeText(file, out -> OutputFormat.JSON.render(assessment, lang, 0, out));
      default -> OutputFiles.writeReport(file, render(assessment, lang));
    }
  }

  /** The report's bytes, made whole. */
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
