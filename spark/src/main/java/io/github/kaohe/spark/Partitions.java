package io.github.kaohe.spark;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.PartEvaluator;
import io.github.kaohe.eval.PartHistory;
import io.github.kaohe.eval.PartPlaces;
import io.github.kaohe.eval.PopulationFigures;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.eval.PartScores;
import io.github.kaohe.eval.PartSummary;
import io.github.kaohe.eval.PointsSummary;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Scheme;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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
  /** The periods asked for. */
  private final List<String> periods;
  /** Whether rules read earlier periods: then pass 1 summarises every period of the data up to the last asked for. */
  private final boolean history;
  /** The periods scored: those asked for, and the earlier ones rules may read. */
  private final List<String> scored;

  Partitions(String yaml, String scheme, String input, String[] header, @Nullable Period defaultPeriod,
      List<Period> periods, boolean history) {
    this(yaml, scheme, input, header, defaultPeriod == null ? null : defaultPeriod.toString(),
        periods.stream().map(Period::toString).toList(), history, periods.stream().map(Period::toString).toList());
  }

  private Partitions(String yaml, String scheme, String input, String[] header, @Nullable String defaultPeriod,
      List<String> periods, boolean history, List<String> scored) {
    this.yaml = yaml;
    this.scheme = scheme;
    this.input = input;
    this.header = header;
    this.defaultPeriod = defaultPeriod;
    this.periods = periods;
    this.history = history;
    this.scored = scored;
  }

  /** The same, scoring these periods in passes 2 and after. */
  Partitions scoring(List<Period> periods) {
    return new Partitions(yaml, scheme, input, header, defaultPeriod, this.periods, history,
        periods.stream().map(Period::toString).toList());
  }

  /**
   * Pass 1's answer for a partition: its summaries by period, the periods its data has, or the
   * problems of its rows.
   */
  record Summaries(Map<String, PartSummary> byPeriod, Set<String> periods, List<DataProblem> problems)
      implements Serializable {}

  Summaries summarise(Iterator<Tuple2<String, InputRows.Numbered>> partition) {
    InputRows rows = rows(partition);
    Map<String, PartSummary> byPeriod = new LinkedHashMap<>();
    if (rows.isEmpty()) {
      return new Summaries(byPeriod, Set.of(), List.of());
    }
    PartEvaluator evaluator = ExecutorPolicies.evaluator(yaml, scheme);
    io.github.kaohe.data.Dataset data;
    try {
      data = read(evaluator, rows);
    } catch (DataException e) {
      return new Summaries(byPeriod, Set.of(), e.problems());
    }
    Set<String> own = new LinkedHashSet<>();
    data.periods().forEach(p -> own.add(p.toString()));
    SortedSet<Period> summarised = new TreeSet<>();
    periods.forEach(p -> summarised.add(Period.parse(p)));
    if (history) {
      Period last = summarised.last();
      data.periods().stream().filter(p -> p.compareTo(last) <= 0).forEach(summarised::add);
    }
    for (Period p : summarised) {
      byPeriod.put(p.toString(), evaluator.summarise(data, p));
    }
    return new Summaries(byPeriod, own, List.of());
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
    for (String p : scored) {
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
    for (String p : scored) {
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
        out.add(ScoredRow.of(p, scores.entity(k), scores.ranked(k) ? scores.standing(k) : null, groupValues,
            new ScoredRow.Detail(scores.name(k).zh(), scores.total(k), points, classes)));
      }
    }
    return out.iterator();
  }

  /** A partition's rows with the places of its entities in every period scored, as a cogroup by key gives them. */
  private record Placed(io.github.kaohe.data.Dataset data, PartPlaces places, Map<String, int[]> cells) {
    /** The entity's place overall (slot 0) or within the scheme's {@code slot}-th group; 0 for none. */
    int place(String period, String entity, int slot) {
      int[] c = cells.get(period + '\u0000' + entity);
      return c == null ? 0 : c[slot];
    }
  }

  private Placed placed(PartEvaluator evaluator, Iterator<Tuple2<String, Tuple2<Iterable<InputRows.Numbered>,
      Iterable<Placing.Place>>>> partition) {
    List<InputRows.Numbered> rows = new ArrayList<>();
    PartPlaces places = new PartPlaces();
    int groups = evaluator.scheme().ranking().groups().size();
    Map<String, Period> parsed = new HashMap<>();
    Map<String, int[]> cells = new HashMap<>();
    partition.forEachRemaining(t -> {
      t._2()._1().forEach(rows::add);
      Map<String, int[]> byPeriod = new HashMap<>();
      for (Placing.Place p : t._2()._2()) {
        byPeriod.computeIfAbsent(p.period(), x -> new int[groups + 1])[p.slot()] = p.place();
      }
      String entity = Grouping.entity(t._1());
      byPeriod.forEach((period, c) -> {
        places.put(parsed.computeIfAbsent(period, Period::parse), entity, c[0], java.util.Arrays.copyOfRange(c, 1, c.length));
        cells.put(period + '\u0000' + entity, c);
      });
    });
    rows.sort(java.util.Comparator.comparingInt(InputRows.Numbered::number)); // the input's order, as one machine reads it
    return new Placed(read(evaluator, new InputRows(input, header, rows)), places, cells);
  }

  /** A round of the figures of the whole population: what the partition holds of those not known yet. */
  PopulationFigures figures(Iterator<Tuple2<String, Tuple2<Iterable<InputRows.Numbered>, Iterable<Placing.Place>>>> partition,
      PartHistory history, PopulationFigures known) {
    PartEvaluator evaluator = ExecutorPolicies.evaluator(yaml, scheme);
    if (!partition.hasNext()) {
      return PopulationFigures.none();
    }
    Placed part = placed(evaluator, partition);
    return evaluator.summariseFigures(part.data(), history, part.places(), known);
  }

  /** The last pass where rules read places, earlier periods or figures: each entity's row in each period asked for. */
  Iterator<RuledRow> rule(Iterator<Tuple2<String, Tuple2<Iterable<InputRows.Numbered>, Iterable<Placing.Place>>>> partition,
      PartHistory history, PopulationFigures figures, int pointsScale, int totalsScale) {
    List<RuledRow> out = new ArrayList<>();
    if (!partition.hasNext()) {
      return out.iterator();
    }
    PartEvaluator evaluator = ExecutorPolicies.evaluator(yaml, scheme);
    Placed part = placed(evaluator, partition);
    Scheme s = evaluator.scheme();
    List<String> ids = pointIds(s);
    for (String p : periods) {
      PartScores scores = evaluator.rule(part.data(), Period.parse(p), history, part.places(), figures);
      scores.problems().forEach(problem -> out.add(new RuledRow(null, false, problem)));
      Map<String, List<TargetResult>> targets = new HashMap<>();
      for (TargetResult t : scores.targets()) {
        if (t.entity().isEmpty()) {
          out.add(new RuledRow(RuleColumns.targetRow(t), true, null));
        } else {
          targets.computeIfAbsent(t.entity().get(), x -> new ArrayList<>()).add(t);
        }
      }
      for (int k = 0; k < scores.size(); k++) {
        BigDecimal[] points = new BigDecimal[ids.size()];
        for (int i = 0; i < points.length; i++) {
          points[i] = scores.points(ids.get(i), k).orElse(null);
        }
        Object[] places = new Object[s.ranking().groups().size() + 1];
        for (int g = 0; g < places.length; g++) {
          int place = part.place(p, scores.entity(k), g);
          places[g] = place == 0 ? null : place;
        }
        String[] classes = scores.classes(k).stream().map(ClassResult::tier).toArray(String[]::new);
        Object[] rules = RuleColumns.cells(s, scores.outcomes(k), scores.checks(k), scores.measures(k),
            targets.getOrDefault(scores.entity(k), List.of()), scores.taxShares(k));
        out.add(new RuledRow(SparkEvaluation.row(p, places, scores.entity(k), scores.name(k).zh(), scores.total(k), points,
            classes, rules, pointsScale, totalsScale), false, null));
      }
    }
    return out.iterator();
  }

  /** Some entities' rows and places (to explain them), ruled in the period as {@link #rule} rules a partition. */
  PartScores ruled(Iterator<Tuple2<String, Tuple2<Iterable<InputRows.Numbered>, Iterable<Placing.Place>>>> rows,
      PartHistory history, PopulationFigures figures, Period period) {
    PartEvaluator evaluator = ExecutorPolicies.evaluator(yaml, scheme);
    Placed part = placed(evaluator, rows);
    return evaluator.rule(part.data(), period, history, part.places(), figures);
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
