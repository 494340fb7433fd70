package io.github.kaohe.spring;

import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The Kaifeng sample data of the industrial cluster zones, as CSV and as a workbook made from it. */
public final class KaifengSample {
  public static final String POLICY = KaifengPolicy.ID;
  public static final String SCHEME = KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES;

  private KaifengSample() {}

  /** The bundled CSV file's bytes. */
  public static byte[] csv() {
    try (InputStream in = KaifengPolicy.sampleData().get(SCHEME).openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A result's JSON without the raw values and formulas, which show each value as it was written
   * (a workbook's cell shows 95 where the CSV file writes 95.0): the ranks, totals and points.
   */
  public static String scores(String json) {
    return json.lines().filter(l -> !l.contains("\"value\" :") && !l.contains("\"formula\" :"))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /**
   * The same data as an Excel workbook of one sheet: numbers as numbers, the rest (names, periods,
   * booleans, levels) as text, as an analyst's workbook would hold them.
   */
  public static byte[] xlsx() {
    List<String> lines = new String(csv(), StandardCharsets.UTF_8).strip().lines().toList();
    try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      Workbook book = new Workbook(out, "kaohe-test", "1.0");
      Worksheet sheet = book.newWorksheet("zones");
      for (int r = 0; r < lines.size(); r++) {
        String[] cells = lines.get(r).split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          String cell = cells[c];
          if (r > 0 && c > 1 && cell.matches("-?[0-9]+(\\.[0-9]+)?")) {
            sheet.value(r, c, new java.math.BigDecimal(cell));
          } else if (!cell.isEmpty()) {
            sheet.value(r, c, cell);
          }
        }
      }
      book.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
