package io.github.kaohe.spark;

import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: what the rules cost on Spark. N firms over three years ({@link RulesInPartsTest}'s
 * data and policy: rule tables over places and their change, figures of the whole population in
 * two rounds, a check, targets) evaluated in the last two years in local mode, with the rules and
 * with the same scheme stripped of them (points and places only); the seconds to evaluate and
 * count the results, and the bytes shuffled. Run as {@link SparkBenchmark} is, with arguments
 * {@code N PARTITIONS}.
 */
public final class RulesBenchmark {
  private RulesBenchmark() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    SparkSession spark = LocalSpark.forBenchmark("kaohe-rules-benchmark", partitions).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    AtomicLong shuffled = new AtomicLong();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
          shuffled.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
        }
      }
    });
    Policy rules = RulesInPartsTest.policy();
    String yaml = RulesInPartsTest.yaml();
    Policy plain = PolicyLoader.create().load(yaml.substring(0, yaml.indexOf("    measures:")), "plain.yaml");
    Dataset<Row> frame = TiesAcrossPartitionsTest.frame(RulesInPartsTest.cells(new Random(1), n), partitions).cache();
    long rows = frame.count();
    List<Period> periods = List.of(RulesInPartsTest.YEARS[1], RulesInPartsTest.YEARS[2]);
    for (int round = 0; round < 2; round++) { // the first round warms the JVM up
      for (Policy p : List.of(plain, rules)) {
        shuffled.set(0);
        long start = System.nanoTime();
        long results;
        try (SparkEvaluation e = KaoheSpark.of(p, "firms").partitions(partitions).evaluate(frame, periods)) {
          results = e.results().count();
        }
        System.out.printf("%s: %d firms (%d rows over 3 years), %d partitions: %.1f s, %d result rows, shuffle"
            + " written %.1f MB%n", p == rules ? "with rules" : "points and places only", n, rows, partitions,
            (System.nanoTime() - start) / 1e9, results, shuffled.get() / 1e6);
      }
    }
    spark.stop();
  }
}
