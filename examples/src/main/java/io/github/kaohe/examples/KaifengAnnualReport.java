package io.github.kaohe.examples;

import io.github.kaohe.Policies;
import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.report.HtmlReport;
import io.github.kaohe.report.Report;
import io.github.kaohe.report.SchemeReport;
import io.github.kaohe.spi.PolicyProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Kaifeng annual report, as the main job ({@code java -jar kaohe.jar}) makes it, in the API:
 * the bundled Kaifeng 2014 policy on its sample data, both schemes evaluated for 2013–2015 so that
 * the 2015 rules can read the two years before (two years running in the top three, the place
 * last year), the 2015 ranking printed, and the whole written as one HTML page.
 *
 * <p>Run it with {@code java -cp cli/target/kaohe.jar:examples/target/classes io.github.kaohe.examples.KaifengAnnualReport
 * [report.html]}.
 */
public final class KaifengAnnualReport {
  private KaifengAnnualReport() {}

  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "kaifeng-2014_2013-2015.html"), System.out);
  }

  /** Evaluates both schemes for 2013–2015, prints the 2015 places and writes the HTML report. */
  public static void run(Path html, PrintStream out) {
    PolicyProvider kaifeng = Policies.find("kaifeng-2014").orElseThrow();
    Policy policy = kaifeng.load();
    List<Period> years = List.of(Period.year(2013), Period.year(2014), Period.year(2015));

    List<SchemeReport> schemes = new ArrayList<>();
    for (Scheme scheme : policy.schemes()) {
      URL sample = kaifeng.sampleData().get(scheme.id());
      Dataset data = CsvDataReader.forScheme(scheme).read(text(sample), scheme.id() + ".csv");
      List<SchemeResult> results = Evaluator.of(policy).evaluate(scheme.id(), data, years);
      schemes.add(new SchemeReport(results));

      SchemeResult latest = results.get(results.size() - 1);
      out.println(scheme.name().zh() + " " + latest.period());
      for (EntityResult e : latest.ranked()) {
        out.printf(Locale.ROOT, "  %d. %s %s%n", e.place().getAsInt(), e.entity().name().zh(), e.total().toPlainString());
      }
    }

    Report report = new Report(policy, schemes, true); // true: the sample data, said on the page
    try {
      Files.writeString(html, HtmlReport.write(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("HTML: " + html.toAbsolutePath());
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
