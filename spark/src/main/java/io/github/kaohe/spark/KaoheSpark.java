package io.github.kaohe.spark;

import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.PartEvaluator;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Policy;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A policy's scheme evaluated on Apache Spark, with the answer {@link io.github.kaohe.eval.Evaluator}
 * gives on one machine: the same points, totals and places, computed by the engine's own kernels.
 *
 * <pre>{@code
 * Dataset<Row> firms = spark.read().parquet("hdfs:///data/firms/2025");
 * SparkEvaluation evaluation = KaoheSpark.of(policy, "firms").evaluate(firms, List.of(Period.year(2025)));
 * evaluation.results().write().parquet("hdfs:///results/firms/2025");
 * }</pre>
 *
 * <p>The data is read as the command line reads a CSV file: one column for the entity (named
 * {@code entity}, {@code 名称}, {@code 单位}, ...), a period column, and a column per indicator,
 * adjustment item or attribute by its id or name (wide form); or entity, period, indicator, value
 * (long form). Rows are spread over the partitions by entity, so that every row of an entity is in
 * one partition. Then three passes: each partition summarises its values and the summaries are
 * merged (exact statistics); each partition is scored with the merged summary; the standings are
 * sorted globally and counted into places. Bad data gives the command line's problem list, as a
 * {@link io.github.kaohe.data.DataException} or {@link io.github.kaohe.eval.EvaluationException},
 * and no result.
 *
 * <p>Statistics of groups (a county's mean as a benchmark, or standing in for a missing value)
 * are merged like the others; where missing values take their group's mean points, one more pass
 * gathers the groups' points. Classes by shares within groups (a county's top 25 %) need whole
 * groups: the rows are then spread by the entity's group, not by the entity. A scheme that
 * declares its entities is small by declaration: its rows are collected and evaluated on the
 * driver by the in-memory engine, with every rule it has. In any other scheme, rule tables,
 * checks, measures and targets run after the places of every period are known: each partition's
 * rows are joined to its entities' places and ruled by the engine's own rules, with the figures of
 * the whole population merged from every partition.
 *
 * <p>What parts cannot give yet ({@link PartEvaluator#unsupported}: tax sharing, attributes linked
 * from another scheme, classes by shares of the whole population, a veto of the ranking, a median
 * of the whole population, a named entity's value or target) needs the whole population in one
 * place: such a scheme is evaluated on the driver by the in-memory engine, exactly, as long as its
 * data has at most {@link #onDriverUpTo} rows (1,000,000 by default, about what the command line
 * scores in 512 MB), and refused beyond, naming what stands in the way.
 */
public final class KaoheSpark {
  private final Policy policy;
  private final String scheme;
  private final String yaml;
  private final String inputName;
  private final Optional<Integer> partitions;
  /** What in the scheme parts cannot give: then it is evaluated on the driver. */
  private final List<String> unsupported;
  private final long driverRows;

  /** The rows a scheme that parts cannot evaluate is evaluated with on the driver, at most, by default. */
  public static final long DEFAULT_DRIVER_ROWS = 1_000_000;

  private KaoheSpark(Policy policy, String scheme, String yaml, String inputName, Optional<Integer> partitions,
      List<String> unsupported, long driverRows) {
    this.policy = policy;
    this.scheme = scheme;
    this.yaml = yaml;
    this.inputName = inputName;
    this.partitions = partitions;
    this.unsupported = unsupported;
    this.driverRows = driverRows;
  }

  /**
   * An evaluation of one scheme of the policy on Spark.
   *
   * @throws java.util.NoSuchElementException if the policy has no such scheme
   */
  public static KaoheSpark of(Policy policy, String scheme) {
    Objects.requireNonNull(policy, "policy");
    List<String> unsupported = policy.scheme(scheme).entities().isEmpty()
        ? PartEvaluator.unsupported(policy.scheme(scheme)) : List.of();
    return new KaoheSpark(policy, scheme, PolicyWriter.toYaml(policy), "input", Optional.empty(), unsupported,
        DEFAULT_DRIVER_ROWS);
  }

  /** The same evaluation, naming the input in problems (a path or a table name; default {@code input}). */
  public KaoheSpark inputNamed(String name) {
    return new KaoheSpark(policy, scheme, yaml, Objects.requireNonNull(name, "name"), partitions, unsupported, driverRows);
  }

  /** The same evaluation over this many partitions (default: as many as the input has). */
  public KaoheSpark partitions(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("partitions must be 1 or more, but was " + count);
    }
    return new KaoheSpark(policy, scheme, yaml, inputName, Optional.of(count), unsupported, driverRows);
  }

  /**
   * The same evaluation, taking up to this many rows to the driver where the scheme needs the whole
   * population in one place (default {@value #DEFAULT_DRIVER_ROWS}). Give the driver the memory:
   * the in-memory engine needs a few hundred bytes a value.
   */
  public KaoheSpark onDriverUpTo(long rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("the rows on the driver must be 1 or more, but were " + rows);
    }
    return new KaoheSpark(policy, scheme, yaml, inputName, partitions, unsupported, rows);
  }

  /**
   * What in the scheme needs the whole population in one place (each with where it is in the
   * policy), so that it is evaluated on the driver; empty when it is evaluated in parts or declares
   * its entities.
   */
  public List<String> onDriverBecause() {
    return unsupported;
  }

  /**
   * Evaluates the scheme in each period.
   *
   * @throws io.github.kaohe.data.DataException listing every bad row, as the command line does
   * @throws io.github.kaohe.eval.EvaluationException listing every problem with the values
   * @throws IllegalArgumentException if the data has no entity column, or no periods are given, or the
   *     scheme needs the whole population in one place ({@link #onDriverBecause}) and the data has more
   *     rows than {@link #onDriverUpTo}
   */
  public SparkEvaluation evaluate(Dataset<Row> data, List<Period> periods) {
    Objects.requireNonNull(data, "data");
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("give at least one period to evaluate");
    }
    String[] header = data.columns();
    if (Arrays.stream(header).noneMatch(DataReader::isEntityColumn)) {
      throw new IllegalArgumentException("the data has no entity column (entity, 名称, 单位, 单位名称 or 实体): its columns are "
          + String.join(", ", header));
    }
    if (!unsupported.isEmpty()) {
      return Collected.runUpTo(policy, policy.scheme(scheme), inputName, data, List.copyOf(periods), driverRows,
          unsupported);
    }
    int n = partitions.orElse(Math.max(1, data.rdd().getNumPartitions()));
    return SparkEvaluation.run(policy, scheme, yaml, inputName, data, List.copyOf(periods), n);
  }

  /** Evaluates one scheme of the policy in each period: the results as the CSV output has them. */
  public static Dataset<Row> evaluate(Policy policy, String scheme, Dataset<Row> data, List<Period> periods) {
    return of(policy, scheme).evaluate(data, periods).results();
  }
}
