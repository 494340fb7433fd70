package io.github.kaohe.spring;

import java.util.Objects;

/**
 * A report written out.
 *
 * @param content the file's bytes (text is UTF-8)
 * @param format its format, which gives the media type
 * @param fileName a file name for it, e.g. {@code kaifeng-2014_industrial-cluster-zones_2013-2015.html}
 */
public record RenderedReport(byte[] content, ReportFormat format, String fileName) {
  public RenderedReport {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(fileName, "fileName");
  }
}
