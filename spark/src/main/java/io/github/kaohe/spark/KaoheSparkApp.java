package io.github.kaohe.spark;

import io.github.kaohe.Policies;
import io.github.kaohe.data.DataException;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point:
 *
 * <pre>
 * spark-submit --class io.github.kaohe.spark.KaoheSparkApp kaohe-spark.jar \
 *   --policy per-mu.yaml --scheme firms --input hdfs:///data/firms.parquet \
 *   --output hdfs:///results/firms --periods 2024
 * </pre>
 *
 * <p>{@code --input} is a Parquet folder or file, a {@code .csv} file (with a header), or
 * {@code table:NAME} for a Hive table; {@code --output} is written as Parquet, or as CSV when it ends
 * in {@code .csv} or {@code --format csv} is given; {@code --driver-rows N} sets how many rows a
 * scheme that needs the whole population in one place may take to the driver
 * ({@link KaoheSpark#onDriverUpTo}). Problems with the policy or the data are printed
 * one per line, and the exit code is 2.
 */
public final class KaoheSparkApp {
  private KaoheSparkApp() {}

  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args) {
    Map<String, String> options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      System.err.println("kaohe-spark: " + e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    try {
      Policy policy = policy(options.get("policy"));
      List<Period> periods = Arrays.stream(options.get("periods").split(",")).map(String::strip).map(Period::parse).toList();
      SparkSession spark = SparkSession.builder().appName("kaohe " + policy.id()).getOrCreate();
      Dataset<Row> data = read(spark, options.get("input"));
      KaoheSpark kaohe = KaoheSpark.of(policy, options.get("scheme")).inputNamed(options.get("input"));
      if (options.containsKey("driver-rows")) {
        kaohe = kaohe.onDriverUpTo(driverRows(options.get("driver-rows")));
      }
      try (SparkEvaluation evaluation = kaohe.evaluate(data, periods)) {
        String output = options.get("output");
        boolean csv = "csv".equals(options.getOrDefault("format", output.endsWith(".csv") ? "csv" : "parquet"));
        if (csv) {
          evaluation.results().write().option("header", "true").csv(output);
        } else {
          evaluation.results().write().parquet(output);
        }
      }
      return 0;
    } catch (PolicyException | DataException | EvaluationException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
      System.err.println("kaohe-spark: " + e.getMessage());
      return 2;
    }
  }

  static final String USAGE = "usage: KaoheSparkApp --policy FILE|ID --scheme ID --input PATH|table:NAME"
      + " --output PATH --periods P[,P…] [--format parquet|csv] [--driver-rows N]";

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || i + 1 >= args.length) {
        unknown.add(a);
        continue;
      }
      String key = a.substring(2);
      if (!List.of("policy", "scheme", "input", "output", "periods", "format", "driver-rows").contains(key)) {
        unknown.add(a);
      }
      options.put(key, args[++i]);
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown or incomplete options: " + String.join(" ", unknown));
    }
    List<String> missing = new ArrayList<>();
    for (String required : List.of("policy", "scheme", "input", "output", "periods")) {
      if (!options.containsKey(required)) {
        missing.add("--" + required);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("missing " + String.join(", ", missing));
    }
    String format = options.get("format");
    if (format != null && !format.equals("csv") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format is parquet or csv, not " + format);
    }
    if (options.containsKey("driver-rows")) {
      driverRows(options.get("driver-rows"));
    }
    return options;
  }

  private static long driverRows(String given) {
    try {
      long rows = Long.parseLong(given.strip());
      if (rows >= 1) {
        return rows;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new IllegalArgumentException("--driver-rows is a whole number of rows, 1 or more, not " + given);
  }

  /** A policy file, or the id of a policy on the class path (kaifeng-2014, per-mu-2022). */
  private static Policy policy(String given) {
    Path file = Path.of(given);
    if (Files.exists(file) || given.endsWith(".yaml") || given.endsWith(".yml")) {
      return PolicyLoader.create().load(file);
    }
    return Policies.load(given);
  }

  private static Dataset<Row> read(SparkSession spark, String input) {
    if (input.startsWith("table:")) {
      return spark.table(input.substring("table:".length()));
    }
    if (input.endsWith(".csv")) {
      // every cell as text: the policy's reader parses numbers exactly, as for a CSV file on one machine
      return spark.read().option("header", "true").option("inferSchema", "false").csv(input);
    }
    return spark.read().parquet(input);
  }
}
