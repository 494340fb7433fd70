package io.github.kaohe.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for every test of the module: starting one takes seconds. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("kaohe-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /** A benchmark's own session: local mode on two cores, its shuffles in this many partitions. */
  static SparkSession.Builder forBenchmark(String app, int partitions) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(partitions))
        .config("spark.driver.host", "127.0.0.1");
  }
}
