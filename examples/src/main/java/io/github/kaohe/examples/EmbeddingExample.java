package io.github.kaohe.examples;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;

/**
 * Kaohe embedded in an application: load a policy, give it data, evaluate, and use the result.
 *
 * <ol>
 *   <li>Load the policy. Here it is a resource on the class path; {@code
 *       PolicyLoader.create().load(Path.of("policy.yaml"))} reads a file, and {@code
 *       Policies.load("kaifeng-2014")} a bundled policy. An invalid policy throws a {@code
 *       PolicyException} that lists every problem with line and column.
 *   <li>Give the data. Here they are built in code, keyed by entity id, period and indicator id;
 *       {@code CsvDataReader.forScheme(policy.scheme("firms")).read(Path.of("firms.csv"))} reads a
 *       CSV file instead.
 *   <li>Evaluate one scheme in one period. The result holds every entity's points, total and place
 *       as exact decimals, rounded as the policy says.
 *   <li>Use it: print the ranking, explain a result, or write it as JSON with {@code
 *       ResultJson.write(result)}.
 * </ol>
 *
 * <p>Run it with {@code java -cp cli/target/kaohe.jar:examples/target/classes io.github.kaohe.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Evaluates the example policy on data built in code and prints the ranking and one explanation. */
  public static void run(PrintStream out) {
    Policy policy = PolicyLoader.create().load(resource("firms-policy.yaml"), "firms-policy.yaml");

    Period year = Period.year(2015);
    Dataset data =
        Dataset.builder()
            .value("huaxin", year, "tax", new BigDecimal("1250")) // 万元
            .value("huaxin", year, "tax-growth", new BigDecimal("8.5")) // %
            .value("jinhe", year, "tax", new BigDecimal("980"))
            .value("jinhe", year, "tax-growth", new BigDecimal("15.2"))
            .value("jinhe", year, "award", BigDecimal.ONE) // one provincial award: +2
            .value("lanting", year, "tax", new BigDecimal("640"))
            .value("lanting", year, "tax-growth", new BigDecimal("-3.1"))
            .build();

    SchemeResult result = Evaluator.of(policy).evaluate("firms", data, year);

    for (EntityResult e : result.ranked()) {
      out.printf(
          Locale.ROOT, "%d. %s (%s) %s%n",
          e.place().getAsInt(), e.entity().name().zh(), e.entity().name().en(), e.total().toPlainString());
    }
    out.println();
    out.print(Explanation.of(result, result.ranked().get(0), Language.EN));
  }

  private static URL resource(String name) {
    return Objects.requireNonNull(EmbeddingExample.class.getResource(name), name);
  }
}
