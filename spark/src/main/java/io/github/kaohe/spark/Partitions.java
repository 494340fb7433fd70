package io.github.kaohe.spark;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.PartEvaluator;
import io.github.kaohe.eval.PartScores;
import io.github.kaohe.eval.PartSummary;
import io.github.kaohe.eval.PointsSummary;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Scheme;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * What a task does with one partition (all the rows of its entities): read it as the command line
 * reads a file, then summarise it (pass 1) or score it (pass 2) in each period.
 */
final class Partitions implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String yaml;
  private final String scheme;
  private final String input;
  private final String[] header;
  private final @Nullable String defaultPeriod;
  private final List<String> periods;

  Partitions(String yaml, String scheme, String input, String[] header, @Nullable Period defaultPeriod,
      List<Period> periods) {
    this.yaml = yaml;
    this.scheme = scheme;
    this.input = input;
    this.header = header;
    this.defaultPeriod = defaultPeriod == null ? null : defaultPeriod.toString();
    this.periods = periods.stream().map(Period::toString).toList();
  }

  /** Pass 1's answer for a partition: its summaries by period, or the problems of its rows. */
  record Summaries(Map<String, PartSummary> byPeriod, List<DataProblem> problems) implements Serializable {}

  Summaries summarise(Iterator<Tuple2<String, InputRows.Numbered>> partition) {
    InputRows rows = rows(partition);
    Map<String, PartSummary> byPeriod = new LinkedHashMap<>();
    if (rows.isEmpty()) {
      return new Summaries(byPeriod, List.of());
    }
    PartEvaluator evaluator = ExecutorPolicies.evaluator(yaml, scheme);
    io.github.kaohe.data.Dataset data;
    try {
      data = read(evaluator, rows);
    } catch (DataException e) {
      return new Summaries(byPeriod, e.problems());
    }
    for (String p : periods) {
      byPeriod.put(p, evaluator.summarise(data, Period.parse(p)));
    }
    return new Summaries(byPeriod, List.of());
  }

  /** The pass between for a scheme that imputes points: the partition's groups' points, by period. */
  Map<String, PointsSummary> summarisePoints(Iterator<Tuple2<String, InputRows.Numbered>> partition,
      Map<String, PartSummary> whole) {
    InputRows rows = rows(partition);
    Map<String, PointsSummary> byPeriod = new LinkedHashMap<>();
    if (rows.isEmpty()) {
      return byPeriod;
    }
    PartEvaluator evaluator = ExecutorPolicies.evaluator(yaml, scheme);
    io.github.kaohe.data.Dataset data = read(evaluator, rows); // read without problems in pass 1
    for (String p : periods) {
      byPeriod.put(p, evaluator.summarisePoints(data, Period.parse(p), whole.get(p)));
    }
    return byPeriod;
  }

  Iterator<ScoredRow> score(Iterator<Tuple2<String, InputRows.Numbered>> partition, Map<String, PartSummary> whole) {
    InputRows rows = rows(partition);
    List<ScoredRow> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out.iterator();
    }
    PartEvaluator evaluator = ExecutorPolicies.evaluator(yaml, scheme);
    io.github.kaohe.data.Dataset data = read(evaluator, rows); // read without problems in pass 1
    Scheme s = evaluator.scheme();
    List<String> ids = pointIds(s);
    List<String> groups = s.ranking().groups();
    for (String p : periods) {
      PartScores scores = evaluator.score(data, Period.parse(p), whole.get(p));
      scores.problems().forEach(problem -> out.add(ScoredRow.of(problem)));
      for (int k = 0; k < scores.size(); k++) {
        BigDecimal[] points = new BigDecimal[ids.size()];
        for (int i = 0; i < points.length; i++) {
          points[i] = scores.points(ids.get(i), k).orElse(null);
        }
        String[] groupValues = new String[groups.size()];
        for (int g = 0; g < groupValues.length; g++) {
          groupValues[g] = scores.attribute(groups.get(g), k).orElse(null);
        }
        String[] classes = scores.classes(k).stream().map(ClassResult::tier).toArray(String[]::new);
        out.add(new ScoredRow(p, scores.entity(k), scores.name(k).zh(), scores.total(k), points,
            scores.ranked(k) ? scores.standing(k) : null, groupValues, classes, null));
      }
    }
    return out.iterator();
  }

  /** The ids of the columns of points: categories (parents first), then indicators, as the CSV output has them. */
  static List<String> pointIds(Scheme scheme) {
    List<String> ids = new ArrayList<>();
    scheme.allCategories().stream().map(Category::id).forEach(ids::add);
    scheme.indicators().stream().map(Indicator::id).forEach(ids::add);
    return ids;
  }

  /** Some rows of the input (an entity's, to explain it), read as a partition is. */
  io.github.kaohe.data.Dataset read(PartEvaluator evaluator, List<InputRows.Numbered> rows) {
    return read(evaluator, new InputRows(input, header, rows));
  }

  private io.github.kaohe.data.Dataset read(PartEvaluator evaluator, InputRows rows) {
    DataReader reader = DataReader.forScheme(evaluator.scheme()).ignoringColumnsOfOtherSchemes(evaluator.policy());
    if (defaultPeriod != null) {
      reader = reader.withPeriod(Period.parse(defaultPeriod));
    }
    return reader.read(List.of(rows));
  }

  private InputRows rows(Iterator<Tuple2<String, InputRows.Numbered>> partition) {
    List<InputRows.Numbered> rows = new ArrayList<>();
    partition.forEachRemaining(t -> rows.add(t._2()));
    return new InputRows(input, header, rows);
  }
}
