package io.github.kaohe.examples;

import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.report.Report;
import io.github.kaohe.report.XlsxReport;
import io.github.kaohe.xlsx.DataWorkbook;
import io.github.kaohe.xlsx.XlsxDataReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reading an Excel workbook: {@code township/townships.xlsx} has a sheet per year named 2022 and
 * 2023, a title and a note above the header, percent-formatted cells, a totals row and a sheet of
 * instructions, as statistics offices keep them. {@link XlsxDataReader} turns its data sheets into
 * sheets of cells (the instructions are noted and left out), {@link DataReader} reads them by the
 * policy's rules (headers by Chinese name, each sheet's rows in the year it is named after), and
 * the ranking goes back to Excel as a workbook with {@link XlsxReport}.
 *
 * <p>Run it with {@code java -cp cli/target/kaohe.jar:examples/target/classes io.github.kaohe.examples.ExcelWorkbookExample
 * [ranking.xlsx]}.
 */
public final class ExcelWorkbookExample {
  private ExcelWorkbookExample() {}

  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "townships-ranking.xlsx"), System.out);
  }

  /** Reads the workbook, prints the 2023 ranking and writes it as a workbook. */
  public static void run(Path xlsx, PrintStream out) {
    Policy policy = PolicyLoader.create().load(
        Objects.requireNonNull(ExcelWorkbookExample.class.getResource("township/township-2023.yaml")), "township-2023.yaml");
    DataWorkbook book;
    try (InputStream in = Objects.requireNonNull(ExcelWorkbookExample.class.getResourceAsStream("township/townships.xlsx"))) {
      book = XlsxDataReader.read(in, "townships.xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("Sheets read: " + book.sheets().stream().map(s -> s.sheet()).toList() + "; not read: " + book.ignored());

    Dataset data = DataReader.forScheme(policy.scheme("townships")).read(book.sheets());
    List<SchemeResult> years = Evaluator.of(policy).evaluate("townships", data, List.of(Period.year(2022), Period.year(2023)));
    for (EntityResult e : years.get(1).ranked()) {
      out.printf(Locale.ROOT, "%d. %s %s%n", e.place().getAsInt(), e.entity().name().zh(), e.total().toPlainString());
    }

    try {
      Files.write(xlsx, XlsxReport.write(Report.of(years), Language.ZH));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("Excel: " + xlsx.toAbsolutePath());
  }
}
