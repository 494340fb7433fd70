package io.github.kaohe.spark;

import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: the time and shuffle of evaluating N synthetic firms × 12 indicators from Parquet in
 * local mode, on the scheme of the columnar-engine benchmark (12 indicators proportional to the
 * best value, competition ranking). Values 0.01–100,000.00 from a hash of the firm and indicator,
 * written once to {@code DIR/firms-N.parquet}. Run from the repository's root, after
 * {@code ./mvnw -o test-compile dependency:build-classpath -pl spark -am -Dmdep.outputFile=/tmp/cp.txt
 * -Dmdep.includeScope=test}:
 *
 * <pre>
 * java -Xmx14g (the --add-opens of spark/pom.xml) -cp spark/target/test-classes:spark/target/classes:$(cat /tmp/cp.txt) \
 *   io.github.kaohe.spark.SparkBenchmark 10000000 /tmp/kaohe-bench 16
 * </pre>
 *
 * <p>It prints the seconds to write the Parquet file, to evaluate and write the results as Parquet,
 * and the bytes shuffled (written) and spilled by every task of the evaluation.
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    long n = Long.parseLong(args[0]);
    Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/kaohe-bench");
    int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    SparkSession spark = LocalSpark.forBenchmark("kaohe-spark-benchmark", partitions)
        .config("spark.local.dir", dir.resolve("spark-local").toString())
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Path input = dir.resolve("firms-" + n + ".parquet");
    if (!Files.exists(input)) {
      long start = System.nanoTime();
      StringBuilder columns = new StringBuilder("concat('f', id) as entity, '2015' as period");
      for (int k = 1; k <= 12; k++) {
        columns.append(", cast((pmod(xxhash64(id, ").append(k).append("), 10000000) + 1) / 100 as decimal(10,2)) as i")
            .append(k);
      }
      spark.range(n).selectExpr(columns.toString().split(", (?=cast|'2015')"))
          .write().parquet(input.toString());
      System.out.printf("wrote %d firms to %s in %.1f s%n", n, input, (System.nanoTime() - start) / 1e9);
    }
    AtomicLong shuffleWritten = new AtomicLong();
    AtomicLong spilled = new AtomicLong();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
        org.apache.spark.scheduler.StageInfo stage = done.stageInfo();
        long wall = stage.completionTime().isDefined() && stage.submissionTime().isDefined()
            ? (Long) stage.completionTime().get() - (Long) stage.submissionTime().get() : -1;
        System.out.printf("  stage %d %s: %.1f s wall, %.1f s of tasks%n", stage.stageId(),
            stage.name().replaceAll(" at .*", "") + " (" + stage.name().replaceAll(".* at ", "") + ")", wall / 1e3,
            stage.taskMetrics().executorRunTime() / 1e3);
      }

      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
          shuffleWritten.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
          spilled.addAndGet(end.taskMetrics().diskBytesSpilled());
        }
      }
    });
    Policy policy = PolicyLoader.create().load(twelveIndicators(), "twelve-indicators.yaml");
    Dataset<Row> firms = spark.read().parquet(input.toString());
    long start = System.nanoTime();
    Path output = dir.resolve("results-" + n + ".parquet");
    try (SparkEvaluation evaluation = KaoheSpark.of(policy, "firms").partitions(partitions)
        .evaluate(firms, List.of(Period.year(2015)))) {
      evaluation.results().write().mode("overwrite").parquet(output.toString());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long rows = spark.read().parquet(output.toString()).count();
    System.out.printf("evaluated %d firms x 12 indicators in %d partitions: %.1f s; %d result rows;"
        + " shuffle written %.1f MB; spilled %.1f MB%n", n, partitions, seconds, rows, shuffleWritten.get() / 1e6,
        spilled.get() / 1e6);
    spark.stop();
  }

  /** The policy of benchmarks/src/main/resources/io/github/kaohe/benchmarks/twelve-indicators.yaml. */
  static String twelveIndicators() {
    int[] weights = {6, 6, 8, 8, 8, 7, 7, 7, 5, 5, 3, 30};
    StringBuilder s = new StringBuilder("""
        kaohe: 1
        id: twelve-indicators
        name: {zh: 十二项指标, en: Twelve indicators}
        version: "1"
        source: {title: {zh: 基准, en: Benchmark}, issuer: 基准, date: 2020-01-01}
        arithmetic:
          points: {scale: 2, rounding: half-up}
          totals: {scale: 2, rounding: half-up}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 100
            defaults: {missing: zero-points}
            ranking: {ties: competition}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 100
                indicators:
        """);
    for (int k = 1; k <= 12; k++) {
      s.append("          - {id: i").append(k).append(", name: {zh: 指标").append(k).append(", en: Indicator ").append(k)
          .append("}, unit: 万元, weight: ").append(weights[k - 1]).append(", method: proportional-to-best}\n");
    }
    return s.toString();
  }
}
