package io.github.kaohe.examples;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A new policy written in YAML alone, ranking data with it: {@code township/township-2023.yaml}
 * is a county's annual assessment of its six townships (fiscal revenue, growth, investment, rural
 * income, jobs, air quality; honours and safety deductions; grades A/B/C; rewards for the first
 * three and an interview for the last place two years running), and {@code townships.csv} its
 * data for 2022 and 2023 as a statistics office keeps them (Chinese headers, thousands separators,
 * percent signs). No Java is needed for either: the command line does the same with
 *
 * <pre>
 * java -jar kaohe.jar report --policy township-2023.yaml --data townships.csv
 * </pre>
 *
 * <p>Run it with {@code java -cp cli/target/kaohe.jar:examples/target/classes io.github.kaohe.examples.TownshipAssessment}.
 */
public final class TownshipAssessment {
  private TownshipAssessment() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the 2023 ranking with grades and what followed from it. */
  public static void run(PrintStream out) {
    Policy policy = PolicyLoader.create().load(resource("township/township-2023.yaml"), "township-2023.yaml");
    Dataset data =
        CsvDataReader.forScheme(policy.scheme("townships")).read(text(resource("township/townships.csv")), "townships.csv");
    // 2022 too: the last-place rule looks at two years running.
    List<SchemeResult> years = Evaluator.of(policy).evaluate("townships", data, List.of(Period.year(2022), Period.year(2023)));
    SchemeResult result = years.get(1);

    out.println(policy.name().zh() + " " + result.period());
    for (EntityResult e : result.ranked()) {
      ClassResult grade = e.classes().get("grade");
      out.printf(Locale.ROOT, "%d. %s %s %s%n", e.place().getAsInt(), e.entity().name().zh(), e.total().toPlainString(),
          grade == null ? "" : grade.name().zh());
      for (OutcomeResult o : e.given()) {
        out.println("   " + o.label().zh() + o.amount().map(a -> " " + a.toPlainString() + " " + o.unit()).orElse(""));
      }
    }
  }

  private static URL resource(String name) {
    return Objects.requireNonNull(TownshipAssessment.class.getResource(name), name);
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
