package io.github.kaohe.spark;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.EvaluationProblem;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.PartEvaluator;
import io.github.kaohe.eval.PartHistory;
import io.github.kaohe.eval.PopulationFigures;
import io.github.kaohe.eval.PartScores;
import io.github.kaohe.eval.PartSummary;
import io.github.kaohe.eval.PointsSummary;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * A scheme evaluated on Spark ({@link KaoheSpark#evaluate}): the results as a {@code Dataset<Row>}
 * with the columns of the command line's CSV output, and explanations of chosen entities. It keeps
 * the input partitioned by entity and the whole population's statistics, so that explaining an
 * entity reads only that entity's rows. Call {@link #close} to release the cached partitions.
 */
public final class SparkEvaluation implements AutoCloseable {
  private final Policy policy;
  private final Scheme scheme;
  private final @Nullable Partitions parts;
  private final @Nullable JavaPairRDD<String, InputRows.Numbered> keyed;
  private final @Nullable JavaRDD<ScoredRow> scored;
  private final Map<String, PartSummary> whole;
  private final Dataset<Row> results;
  /** The results of a scheme evaluated on the driver ({@link Collected}); null when evaluated in parts. */
  private final @Nullable Collected collected;
  /** Where rules run after places: every period's places by key, the whole's history and figures; else null. */
  private @Nullable JavaPairRDD<String, Placing.Place> places;
  private @Nullable PartHistory history;
  private @Nullable PopulationFigures figures;
  /** The targets of the scheme as a whole; null for none (an empty frame is made when asked for). */
  @Nullable Dataset<Row> targets;

  SparkEvaluation(Policy policy, Scheme scheme, @Nullable Partitions parts,
      @Nullable JavaPairRDD<String, InputRows.Numbered> keyed, @Nullable JavaRDD<ScoredRow> scored,
      Map<String, PartSummary> whole, Dataset<Row> results, @Nullable Collected collected) {
    this.collected = collected;
    this.policy = policy;
    this.scheme = scheme;
    this.parts = parts;
    this.keyed = keyed;
    this.scored = scored;
    this.whole = whole;
    this.results = results;
  }

  static SparkEvaluation run(Policy policy, String schemeId, String yaml, String input, Dataset<Row> data,
      List<Period> periods, int partitions) {
    Scheme scheme = policy.scheme(schemeId);
    if (!scheme.entities().isEmpty()) {
      return Collected.run(policy, scheme, input, data, periods);
    }
    SparkSession spark = data.sparkSession();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String[] header = data.columns();
    int entityColumn = entityColumn(header);
    PartEvaluator evaluator = PartEvaluator.of(policy, schemeId);
    JavaPairRDD<String, InputRows.Numbered> byEntity = data.javaRDD()
        .zipWithIndex()
        .mapToPair(t -> {
          String[] cells = InputRows.cells(t._1());
          int number = (int) Math.min(Integer.MAX_VALUE, t._2() + 2); // the header is row 1
          return new Tuple2<>(cells[entityColumn].strip(), new InputRows.Numbered(number, cells));
        });
    Optional<String> by = evaluator.partedBy();
    List<String> straddling = List.of();
    JavaPairRDD<String, InputRows.Numbered> keyed;
    if (by.isEmpty()) {
      keyed = byEntity.partitionBy(new HashPartitioner(partitions)).persist(StorageLevel.MEMORY_AND_DISK_SER());
    } else {
      // classes by shares within groups read a whole group: each entity goes where its group is
      int groupColumn = Grouping.column(header, by.get(), schemeId);
      JavaPairRDD<String, String> groups = byEntity.mapValues(r -> r.cells()[groupColumn].strip()).distinct().cache();
      straddling = groups.mapValues(g -> 1L).reduceByKey(Long::sum).filter(t -> t._2() > 1).keys()
          .takeOrdered(5);
      JavaPairRDD<String, String> groupOf = groups.reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b);
      keyed = byEntity.join(groupOf)
          .mapToPair(t -> new Tuple2<>(Grouping.key(t._2()._2(), t._1()), t._2()._1()))
          .partitionBy(new Grouping(partitions))
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      groups.unpersist(false);
    }
    boolean afterPlaces = evaluator.rulesAfterPlaces();
    Partitions parts = new Partitions(yaml, schemeId, input, header, periods.size() == 1 ? periods.get(0) : null, periods,
        afterPlaces);

    // Pass 1: every partition's statistics, merged; every bad row of every partition. Where rules read earlier
    // periods, every period of the data up to the last asked for.
    List<Partitions.Summaries> summaries = keyed.mapPartitions(it -> List.of(parts.summarise(it)).iterator()).collect();
    List<DataProblem> bad = new ArrayList<>();
    summaries.forEach(s -> bad.addAll(s.problems()));
    if (!bad.isEmpty()) {
      keyed.unpersist(false);
      bad.sort(Comparator.comparingInt(DataProblem::row).thenComparingInt(DataProblem::column));
      throw new DataException(bad);
    }
    if (!straddling.isEmpty()) {
      keyed.unpersist(false);
      throw new IllegalArgumentException("the classes of " + schemeId + " are by shares within " + by.orElseThrow()
          + ", so each part holds whole groups of " + by.orElseThrow() + ", but these entities are in several: "
          + String.join(", ", straddling) + ". Give each entity one " + by.orElseThrow()
          + " in the data (the rows of one period, say), or evaluate on one machine (kaohe score).");
    }
    Map<String, PartSummary> whole = new LinkedHashMap<>();
    Set<String> dataPeriods = new HashSet<>();
    for (Partitions.Summaries s : summaries) {
      s.byPeriod().forEach((p, summary) -> whole.merge(p, summary, PartSummary::merge));
      dataPeriods.addAll(s.periods());
    }
    Set<String> asked = new HashSet<>();
    periods.forEach(p -> asked.add(p.toString()));
    Set<EvaluationProblem> problems = new LinkedHashSet<>();
    Map<Period, List<EvaluationProblem>> failed = new HashMap<>();
    for (Period p : periods) {
      PartSummary summary = whole.get(p.toString());
      if (summary != null) { // null only when no partition has a row
        problems.addAll(summary.problems());
      }
    }
    if (!problems.isEmpty()) {
      keyed.unpersist(false);
      throw new EvaluationException(List.copyOf(problems));
    }
    // an earlier period that cannot be scored makes the rules that read it not evaluable, as on one machine
    whole.forEach((p, summary) -> {
      if (!asked.contains(p) && !summary.problems().isEmpty()) {
        failed.put(Period.parse(p), List.copyOf(new LinkedHashSet<>(summary.problems()))); // each part may find one
      }
    });
    failed.keySet().forEach(p -> whole.remove(p.toString()));
    List<Period> scoredPeriods = whole.keySet().stream().map(Period::parse).sorted().toList();
    Partitions scoring = parts.scoring(scoredPeriods);

    // Between the passes, where missing values take their group's mean points: the groups' points.
    if (evaluator.imputesPoints()) {
      Broadcast<Map<String, PartSummary>> first = jsc.broadcast(new HashMap<>(whole));
      List<Map<String, PointsSummary>> points =
          keyed.mapPartitions(it -> List.of(scoring.summarisePoints(it, first.value())).iterator()).collect();
      Map<String, PointsSummary> merged = new HashMap<>();
      points.forEach(m -> m.forEach((p, summary) -> merged.merge(p, summary, PointsSummary::merge)));
      merged.forEach((p, summary) -> whole.put(p, whole.get(p).withPoints(summary)));
      first.destroy();
    }

    // Pass 2: every partition scored with the whole population's statistics.
    Broadcast<Map<String, PartSummary>> statistics = jsc.broadcast(new HashMap<>(whole));
    JavaRDD<ScoredRow> scored = keyed.mapPartitions(it -> scoring.score(it, statistics.value()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Map<String, List<EvaluationProblem>> scoringProblems = new LinkedHashMap<>();
    scored.filter(ScoredRow::isProblem).collect()
        .forEach(r -> scoringProblems.computeIfAbsent(r.period(), x -> new ArrayList<>()).add(r.problem()));
    scoringProblems.forEach((p, list) -> {
      if (asked.contains(p)) {
        problems.addAll(list);
      }
    });
    if (!problems.isEmpty()) {
      scored.unpersist(false);
      keyed.unpersist(false);
      throw new EvaluationException(List.copyOf(problems));
    }
    scoringProblems.forEach((p, list) -> {
      failed.put(Period.parse(p), List.copyOf(new LinkedHashSet<>(list)));
      whole.remove(p);
    });

    if (!afterPlaces) {
      // Pass 3: places by a global sort, per period.
      JavaRDD<Row> rows = null;
      for (Period period : periods) {
        JavaRDD<Row> ofPeriod = placed(policy, scheme, scored, period.toString(), partitions);
        rows = rows == null ? ofPeriod : rows.union(ofPeriod);
      }
      Dataset<Row> results = spark.createDataFrame(rows, schema(policy, scheme));
      return new SparkEvaluation(policy, scheme, parts, keyed, scored, whole, results, null);
    }

    // Pass 3: places by a global sort in every period scored, joined to each entity's rows by its key.
    JavaPairRDD<String, Placing.Place> places = null;
    for (String period : whole.keySet()) {
      JavaPairRDD<String, Placing.Place> ofPeriod = places(scheme, scored, period, partitions);
      places = places == null ? ofPeriod : places.union(ofPeriod);
    }
    if (by.isPresent()) { // keys name the entity's group too
      places = keyed.keys().distinct().mapToPair(k -> new Tuple2<>(Grouping.entity(k), k)).join(places)
          .mapToPair(t -> t._2());
    }
    places = places.partitionBy(keyed.partitioner().get()).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<String, Tuple2<Iterable<InputRows.Numbered>, Iterable<Placing.Place>>> joined =
        keyed.cogroup(places, keyed.partitioner().get()).persist(StorageLevel.MEMORY_AND_DISK_SER());
    Set<Period> inData = new HashSet<>();
    dataPeriods.forEach(p -> inData.add(Period.parse(p)));
    Map<Period, PartSummary> byPeriod = new HashMap<>();
    whole.forEach((p, summary) -> byPeriod.put(Period.parse(p), summary));
    PartHistory history = PartHistory.of(inData, byPeriod, failed);
    Broadcast<PartHistory> shared = jsc.broadcast(history);

    // Figures of the whole population that measures are: summarised by partition, merged, in rounds while some read others.
    PopulationFigures figures = PopulationFigures.none();
    while (evaluator.readsFigures()) {
      Broadcast<PopulationFigures> known = jsc.broadcast(figures);
      PopulationFigures merged = joined.mapPartitions(it -> List.of(scoring.figures(it, shared.value(), known.value()))
          .iterator()).collect().stream().reduce(PopulationFigures::merge).orElse(figures); // each part's carries the known
      known.destroy();
      PopulationFigures next = evaluator.resolve(merged, history);
      if (next.unresolved() == 0) {
        figures = next;
        break;
      }
      if (next.known() == figures.known()) {
        throw new IllegalStateException("the measures of " + schemeId + " that are figures of the whole population read"
            + " each other in a circle: " + next.unresolved() + " cannot be worked out");
      }
      figures = next;
    }

    // Pass 4: each partition's rules, with its entities' places and the whole population's figures.
    Broadcast<PopulationFigures> allFigures = jsc.broadcast(figures);
    int pointsScale = policy.arithmetic().points().scale();
    int totalsScale = policy.arithmetic().totals().scale();
    JavaRDD<RuledRow> ruled = joined.mapPartitions(it -> scoring.rule(it, shared.value(), allFigures.value(), pointsScale,
        totalsScale)).persist(StorageLevel.MEMORY_AND_DISK());
    ruled.filter(RuledRow::isProblem).collect().forEach(r -> problems.add(r.problem()));
    // the targets of the scheme as a whole: every partition with rows gives the same
    List<Row> targets = ruled.filter(RuledRow::target).map(RuledRow::row).distinct().collect();
    joined.unpersist(false);
    if (!problems.isEmpty()) {
      ruled.unpersist(false);
      scored.unpersist(false);
      keyed.unpersist(false);
      throw new EvaluationException(List.copyOf(problems));
    }
    Dataset<Row> results = spark.createDataFrame(ruled.filter(RuledRow::isResult).map(RuledRow::row),
        schema(policy, scheme)).persist(StorageLevel.MEMORY_AND_DISK());
    results.count(); // computed once, from the ruled rows, which can then go
    ruled.unpersist(false);
    SparkEvaluation out = new SparkEvaluation(policy, scheme, scoring, keyed, scored, whole, results, null);
    out.places = places;
    out.history = history;
    out.figures = figures;
    out.targets = spark.createDataFrame(targets, RuleColumns.targetSchema());
    return out;
  }

  private static int entityColumn(String[] header) {
    for (int i = 0; i < header.length; i++) {
      if (DataReader.isEntityColumn(header[i])) {
        return i;
      }
    }
    throw new IllegalArgumentException("no entity column in " + Arrays.toString(header));
  }

  /** One period's rows: each entity with its points, total, place and places within groups. */
  private static JavaRDD<Row> placed(
      Policy policy, Scheme scheme, JavaRDD<ScoredRow> scored, String period, int partitions) {
    int pointsScale = policy.arithmetic().points().scale();
    int totalsScale = policy.arithmetic().totals().scale();
    JavaRDD<ScoredRow> rows = scored.filter(r -> r.period().equals(period));
    JavaRDD<ScoredRow> ranked = rows.filter(r -> r.standing() != null);
    TieMethod ties = scheme.ranking().ties();
    int groups = scheme.ranking().groups().size();
    if (groups == 0) {
      // places overall only: the rows are sorted and placed as they come, no join
      JavaRDD<Row> unranked = rows.filter(r -> r.standing() == null)
          .map(r -> row(r, new Object[] {null}, pointsScale, totalsScale));
      return Placing.placeRows(ranked, ties, partitions)
          .map(t -> row(t._1(), new Object[] {Math.toIntExact(t._2())}, pointsScale, totalsScale))
          .union(unranked);
    }
    JavaPairRDD<String, Tuple2<Integer, Long>> places =
        Placing.places(ranked, ties, partitions).mapValues(p -> new Tuple2<>(0, p));
    for (int g = 0; g < groups; g++) {
      int slot = g + 1;
      places = places.union(Placing.groupPlaces(ranked, g, ties, partitions).mapValues(p -> new Tuple2<>(slot, p)));
    }
    return rows.mapToPair(r -> new Tuple2<>(r.entity(), r))
        .cogroup(places)
        .flatMap(t -> {
          List<Row> out = new ArrayList<>();
          for (ScoredRow r : t._2()._1()) {
            Object[] placeCells = new Object[groups + 1];
            for (Tuple2<Integer, Long> p : t._2()._2()) {
              placeCells[p._1()] = Math.toIntExact(p._2());
            }
            out.add(row(r, placeCells, pointsScale, totalsScale));
          }
          return out.iterator();
        });
  }

  /** One period's places: each ranked entity's place overall and within each group, by entity. */
  private static JavaPairRDD<String, Placing.Place> places(Scheme scheme, JavaRDD<ScoredRow> scored, String period,
      int partitions) {
    JavaRDD<ScoredRow> ranked = scored.filter(r -> r.period().equals(period) && r.standing() != null);
    TieMethod ties = scheme.ranking().ties();
    JavaPairRDD<String, Placing.Place> places =
        Placing.places(ranked, ties, partitions).mapValues(p -> new Placing.Place(period, 0, Math.toIntExact(p)));
    int groups = scheme.ranking().groups().size();
    for (int g = 0; g < groups; g++) {
      int slot = g + 1;
      places = places.union(Placing.groupPlaces(ranked, g, ties, partitions)
          .mapValues(p -> new Placing.Place(period, slot, Math.toIntExact(p))));
    }
    return places;
  }

  /** A row of the results: places overall (first) and within each group, points in the order of {@link #schema}. */
  /** A scored row with its places, without rules. */
  private static Row row(ScoredRow r, Object[] places, int pointsScale, int totalsScale) {
    ScoredRow.Detail d = r.detail();
    return row(r.period(), places, r.entity(), d.name(), d.total(), d.points(), d.classes(), new Object[0],
        pointsScale, totalsScale);
  }

  static Row row(String period, Object[] places, String entity, String name, BigDecimal total, BigDecimal[] points,
      String[] classes, Object[] rules, int pointsScale, int totalsScale) {
    points = points.clone();
    for (int i = 0; i < points.length; i++) {
      points[i] = points[i] == null ? null : atScale(points[i], pointsScale);
    }
    Object[] cells = new Object[5 + points.length + places.length - 1 + classes.length + rules.length];
    cells[0] = period;
    cells[1] = places[0];
    cells[2] = entity;
    cells[3] = name;
    cells[4] = atScale(total, totalsScale);
    System.arraycopy(points, 0, cells, 5, points.length);
    System.arraycopy(places, 1, cells, 5 + points.length, places.length - 1);
    System.arraycopy(classes, 0, cells, 5 + points.length + places.length - 1, classes.length);
    System.arraycopy(rules, 0, cells, cells.length - rules.length, rules.length);
    return RowFactory.create(cells);
  }

  /**
   * The results' columns: {@code Period, Place, Entity, Name, Total}, the points of each category
   * and indicator by id (as the CSV output), then {@code Place in <attribute>} for each group
   * ranking, then {@code Class <id>} for each classification (the class's id, as the JSON output's
   * {@code classes}), then what the rules gave ({@link RuleColumns}). Decimals at the policy's
   * scales of points and totals.
   */
  static StructType schema(Policy policy, Scheme scheme) {
    int points = policy.arithmetic().points().scale();
    int totals = policy.arithmetic().totals().scale();
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("Period", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("Place", DataTypes.IntegerType, true));
    fields.add(DataTypes.createStructField("Entity", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("Name", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("Total", DataTypes.createDecimalType(38, totals), false));
    for (String id : Partitions.pointIds(scheme)) {
      fields.add(DataTypes.createStructField(id, DataTypes.createDecimalType(38, points), true));
    }
    for (String g : scheme.ranking().groups()) {
      fields.add(DataTypes.createStructField("Place in " + g, DataTypes.IntegerType, true));
    }
    for (Classification c : scheme.rules().classifications()) {
      fields.add(DataTypes.createStructField("Class " + c.id(), DataTypes.StringType, true));
    }
    fields.addAll(RuleColumns.fields(scheme));
    return DataTypes.createStructType(fields);
  }

  /** The results: one row per assessed entity and period, in no particular order. */
  public Dataset<Row> results() {
    return results;
  }

  /**
   * Where the scheme's targets for the scheme as a whole stand, one row per target and period
   * asked for: {@code Period, Target, Value, Status, Attainment, Required growth, Reason}, as the
   * JSON output's {@code targets} (the targets of each entity are columns of {@link #results}).
   */
  public Dataset<Row> targets() {
    Dataset<Row> t = targets;
    return t != null ? t : results.sparkSession().createDataFrame(List.<Row>of(), RuleColumns.targetSchema());
  }

  /**
   * The explanation of each chosen entity in the period, as {@code kaohe explain} gives it: raw
   * value → normalised → points with the rule of each indicator, adjustments, total, its place in
   * the whole population and what separates it from the entity listed just above it. Entities
   * that are not assessed in the period are left out.
   */
  public Map<String, String> explain(Period period, List<String> entities, Language lang) {
    String p = period.toString();
    if (collected != null) {
      return collected.explain(period, entities, lang);
    }
    if (!whole.containsKey(p)) {
      throw new IllegalArgumentException("the evaluation has no period " + p + ": it has " + whole.keySet());
    }
    Map<String, Row> placed = new HashMap<>();
    Map<String, String> above = new HashMap<>();
    long ranked = results.filter(results.col("Period").equalTo(p).and(results.col("Place").isNotNull())).count();
    for (String id : entities) {
      Optional<Row> own = placedRow(p, id);
      if (own.isEmpty()) {
        continue;
      }
      placed.put(id, own.get());
      int place = own.get().getInt(0);
      List<Row> before = results.filter(results.col("Period").equalTo(p).and(results.col("Place").lt(place)))
          .orderBy(results.col("Place").desc(), results.col("Entity").desc()).select("Entity").limit(1).collectAsList();
      if (!before.isEmpty()) {
        String a = before.get(0).getString(0);
        above.put(id, a);
        placedRow(p, a).ifPresent(r -> placed.put(a, r));
      }
    }
    Set<String> wanted = new LinkedHashSet<>(entities);
    wanted.addAll(above.values());
    // where classes are by shares within groups, the entities' whole groups, so that their classes are the whole's
    Set<String> groups = new HashSet<>(keyed.keys()
        .filter(k -> Grouping.group(k) != null && wanted.contains(Grouping.entity(k))).map(Grouping::group).collect());
    PartEvaluator evaluator = PartEvaluator.of(policy, scheme.id());
    PartScores scores;
    if (places != null) { // rules after places: the entities' rows and places, ruled as the last pass ruled them
      scores = parts.ruled(keyed.cogroup(places).filter(t -> wanted.contains(Grouping.entity(t._1()))
          || groups.contains(Grouping.group(t._1()))).collect().iterator(), history, figures, period);
    } else {
      List<InputRows.Numbered> rows = keyed.filter(t -> wanted.contains(Grouping.entity(t._1()))
          || groups.contains(Grouping.group(t._1()))).values().collect();
      scores = evaluator.score(parts.read(evaluator, rows), period, whole.get(p));
    }
    Map<String, EntityResult> byId = new HashMap<>();
    for (int k = 0; k < scores.size(); k++) {
      EntityResult r = scores.result(k);
      Row row = placed.get(r.id());
      byId.put(r.id(), row == null ? r : withPlaces(r, row));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : entities) {
      EntityResult r = byId.get(id);
      if (r == null || !placed.containsKey(id)) {
        continue;
      }
      Optional<EntityResult> before = Optional.ofNullable(above.get(id)).map(byId::get);
      out.put(id, Explanation.of(scheme, period, r, ranked, before, lang));
    }
    return out;
  }

  /** The entity's place and places within groups in the period, if it is ranked. */
  private Optional<Row> placedRow(String period, String entity) {
    List<String> columns = new ArrayList<>();
    columns.add("Place");
    scheme.ranking().groups().forEach(g -> columns.add("Place in " + g));
    List<Row> rows = results.filter(results.col("Period").equalTo(period).and(results.col("Entity").equalTo(entity)))
        .selectExpr(columns.stream().map(c -> "`" + c + "`").toArray(String[]::new)).collectAsList();
    return rows.isEmpty() || rows.get(0).isNullAt(0) ? Optional.empty() : Optional.of(rows.get(0));
  }

  private EntityResult withPlaces(EntityResult r, Row row) {
    Map<String, Integer> groups = new LinkedHashMap<>();
    List<String> names = scheme.ranking().groups();
    for (int g = 0; g < names.size(); g++) {
      if (!row.isNullAt(g + 1)) {
        groups.put(names.get(g), row.getInt(g + 1));
      }
    }
    return new EntityResult(r.entity(), r.attributes(), r.base(), r.adjustments(), r.total(), r.categories(), r.layers(),
        OptionalInt.of(row.getInt(0)), groups, r.measures(), r.outcomes(), r.classes(), r.checks(), r.taxShares());
  }

  /** Releases the cached input and scores. */
  @Override
  public void close() {
    if (collected != null) {
      return;
    }
    scored.unpersist(false);
    keyed.unpersist(false);
    if (places != null) {
      places.unpersist(false);
      results.unpersist(false);
    }
  }

  /** The value at the column's scale; never rounded (the policy rounded it once already). */
  static BigDecimal atScale(BigDecimal value, int scale) {
    return value.scale() == scale ? value : value.setScale(scale, RoundingMode.UNNECESSARY);
  }
}
