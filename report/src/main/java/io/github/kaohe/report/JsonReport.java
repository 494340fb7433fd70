package io.github.kaohe.report;

import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.whatif.ProvisionalJson;
import java.util.ArrayList;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.List;

/**
 * A report as the documented JSON contract ({@link ResultJson}): one object for a report of one
 * scheme in one period, else an array of them, scheme by scheme, each in period order. A scheme
 * whose latest ranking is provisional has it as {@link ProvisionalJson} writes it: flagged
 * {@code "provisional": true}, with the values pending and each entity's bounds.
 */
public final class JsonReport {
  private JsonReport() {}

  /** The JSON text, ending with a line break. */
  public static String write(Report report) {
    List<SchemeResult> all = report.schemes().stream().flatMap(s -> s.results().stream()).toList();
    if (!report.isProvisional()) {
      return (all.size() == 1 ? ResultJson.write(all.get(0)) : ResultJson.write(all)) + "\n";
    }
    List<Object> trees = new ArrayList<>();
    for (SchemeReport s : report.schemes()) {
      for (SchemeResult r : s.results()) {
        trees.add(r == s.latest() && s.provisional().isPresent() ? ProvisionalJson.tree(s.provisional().get()) : ResultJson.tree(r));
      }
    }
    return ProvisionalJson.writeTree(trees.size() == 1 ? trees.get(0) : trees) + "\n";
  }

  /**
   * Writes the JSON text of {@link #write(Report)} an entity at a time, so that a report of a
   * million entities is never held as text.
   *
   * @throws IOException if the output fails
   */
  public static void write(Report report, Appendable out) throws IOException {
    if (report.isProvisional()) {
      out.append(write(report)); // a provisional report is one scheme's latest period: small
      return;
    }
    List<SchemeResult> all = report.schemes().stream().flatMap(s -> s.results().stream()).toList();
    Writer writer = out instanceof Writer w ? w : new AppendingWriter(out);
    if (all.size() == 1) {
      ResultJson.write(all.get(0), writer);
    } else {
      ResultJson.write(all, writer);
    }
    writer.append('\n');
    writer.flush();
  }

  /** A writer onto an appendable (a StringBuilder, say). */
  private static final class AppendingWriter extends Writer {
    private final Appendable out;

    AppendingWriter(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      out.append(CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
