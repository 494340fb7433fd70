package io.github.kaohe.spark;

import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A scheme evaluated on the driver: one that declares its entities (small by declaration, a city's
 * dozen zones), or one that needs what parts cannot give yet (tax sharing, links, ...) and whose
 * data is small enough. Collecting its rows lets the in-memory engine apply every rule it has
 * (tables over earlier periods, checks, targets, figures of the whole population) exactly as the
 * command line does. The results have the columns of a scheme evaluated in parts.
 */
final class Collected {
  private final Scheme scheme;
  private final List<SchemeResult> results;

  private Collected(Scheme scheme, List<SchemeResult> results) {
    this.scheme = scheme;
    this.results = results;
  }

  static SparkEvaluation run(Policy policy, Scheme scheme, String input, Dataset<Row> data, List<Period> periods) {
    return run(policy, scheme, input, data.collectAsList(), data, periods);
  }

  /**
   * A scheme that needs what parts cannot give, on the driver if its data has at most
   * {@code limit} rows; refused, naming why, beyond. At most {@code limit + 1} rows are collected.
   */
  static SparkEvaluation runUpTo(Policy policy, Scheme scheme, String input, Dataset<Row> data, List<Period> periods,
      long limit, List<String> because) {
    int atMost = limit >= Integer.MAX_VALUE - 1 ? Integer.MAX_VALUE - 1 : (int) limit + 1; // one more tells too many
    List<Row> rows = data.limit(atMost).collectAsList();
    if (rows.size() > limit) {
      throw new IllegalArgumentException("the scheme " + scheme.id() + " is evaluated on the driver, as it needs the"
          + " whole population in one place (" + String.join("; ", because) + "), but its data has more than "
          + limit + " rows, the limit on the driver. Raise the limit (KaoheSpark.onDriverUpTo, --driver-rows) if the"
          + " driver has the memory, or evaluate on one machine (kaohe score).");
    }
    return run(policy, scheme, input, rows, data, periods);
  }

  private static SparkEvaluation run(Policy policy, Scheme scheme, String input, List<Row> collected, Dataset<Row> data,
      List<Period> periods) {
    String[] header = data.columns();
    List<InputRows.Numbered> rows = new ArrayList<>();
    int number = 2; // the header is row 1; rows in the order of the partitions, as zipWithIndex numbers them
    for (Row r : collected) {
      rows.add(new InputRows.Numbered(number++, InputRows.cells(r)));
    }
    DataReader reader = DataReader.forScheme(scheme).ignoringColumnsOfOtherSchemes(policy);
    if (periods.size() == 1) {
      reader = reader.withPeriod(periods.get(0));
    }
    io.github.kaohe.data.Dataset read = reader.read(List.of(new InputRows(input, header, rows)));
    List<SchemeResult> results = Evaluator.of(policy).evaluate(scheme.id(), read, periods);
    int pointsScale = policy.arithmetic().points().scale();
    int totalsScale = policy.arithmetic().totals().scale();
    List<String> ids = Partitions.pointIds(scheme);
    List<String> groups = scheme.ranking().groups();
    List<Classification> classifications = scheme.rules().classifications();
    List<Row> out = new ArrayList<>();
    for (SchemeResult result : results) {
      for (EntityResult e : result.entities()) {
        Object[] places = new Object[groups.size() + 1];
        places[0] = e.place().isPresent() ? e.place().getAsInt() : null;
        for (int g = 0; g < groups.size(); g++) {
          places[g + 1] = e.groupPlaces().get(groups.get(g));
        }
        BigDecimal[] points = ids.stream().map(id -> e.points(id).orElse(null)).toArray(BigDecimal[]::new);
        String[] classes = classifications.stream()
            .map(c -> Optional.ofNullable(e.classes().get(c.id())).map(ClassResult::tier).orElse(null))
            .toArray(String[]::new);
        Object[] rules = RuleColumns.cells(scheme, e.outcomes(), e.checks(), e.measures(),
            result.targets().stream().filter(t -> t.entity().equals(Optional.of(e.id()))).toList(), e.taxShares());
        out.add(SparkEvaluation.row(result.period().toString(), places, e.id(), e.entity().name().zh(), e.total(), points,
            classes, rules, pointsScale, totalsScale));
      }
    }
    Dataset<Row> frame = data.sparkSession().createDataFrame(out, SparkEvaluation.schema(policy, scheme));
    List<Row> targets = new ArrayList<>();
    for (SchemeResult result : results) {
      result.targets().stream().filter(t -> t.entity().isEmpty()).map(RuleColumns::targetRow).forEach(targets::add);
    }
    SparkEvaluation evaluation =
        new SparkEvaluation(policy, scheme, null, null, null, Map.of(), frame, new Collected(scheme, results));
    evaluation.targets = data.sparkSession().createDataFrame(targets, RuleColumns.targetSchema());
    return evaluation;
  }

  /** As {@link SparkEvaluation#explain}, from the results held on the driver. */
  Map<String, String> explain(Period period, List<String> entities, Language lang) {
    SchemeResult result = results.stream().filter(r -> r.period().equals(period)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the evaluation has no period " + period + ": it has "
            + results.stream().map(r -> r.period().toString()).toList()));
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : entities) {
      result.entities().stream().filter(e -> e.id().equals(id) && e.place().isPresent()).findFirst()
          .ifPresent(e -> out.put(id, Explanation.of(result, e, lang))); // as kaohe explain gives it
    }
    return out;
  }
}
