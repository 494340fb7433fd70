package io.github.kaohe.load;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a policy file.
 *
 * @param file the file's name or description, e.g. {@code kaifeng-2014.yaml}
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param path the field's path, e.g. {@code schemes[0].categories[2].indicators[1].weight}; empty
 *     for the document itself
 * @param message what is wrong and how to fix it
 * @param severity an error (the policy does not load) or a warning (it loads, but is probably not
 *     what its author meant)
 */
public record Problem(
    String file, int line, int column, String path, String message, Severity severity) {

  /** How serious a problem is. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** An error. */
  public Problem(String file, int line, int column, String path, String message) {
    this(file, line, column, path, message, Severity.ERROR);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column: path: message}, the form compilers and editors understand. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ");
    if (severity == Severity.WARNING) {
      s.append("warning: ");
    }
    if (!path.isEmpty()) {
      s.append(path).append(": ");
    }
    return s.append(message).toString();
  }

  String sortKey() {
    return String.format(Locale.ROOT, "%s %08d %08d", file, line, column);
  }
}
