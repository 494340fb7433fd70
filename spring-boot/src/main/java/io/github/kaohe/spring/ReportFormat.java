package io.github.kaohe.spring;

import java.util.Locale;
import java.util.Optional;

/** The formats of a report, as the command line's {@code --format} names them. */
public enum ReportFormat {
  /** One self-contained page with charts. */
  HTML("html", "text/html;charset=UTF-8"),
  /** An Excel workbook. */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  /** Markdown tables. */
  MD("md", "text/markdown;charset=UTF-8"),
  /** CSV with a byte-order mark, so that Excel shows the Chinese. */
  CSV("csv", "text/csv;charset=UTF-8"),
  /** The documented JSON contract. */
  JSON("json", "application/json");

  private final String extension;
  private final String mediaType;

  ReportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file extension, which is also the format's name: {@code html}, {@code xlsx}, … */
  public String extension() {
    return extension;
  }

  /** The media type of the content. */
  public String mediaType() {
    return mediaType;
  }

  /** The format named {@code html}, {@code xlsx}, {@code md} (or {@code markdown}), {@code csv} or {@code json}. */
  public static Optional<ReportFormat> named(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.extension.equals(n)) {
        return Optional.of(f);
      }
    }
    return n.equals("markdown") ? Optional.of(MD) : Optional.empty();
  }
}
