package io.github.kaohe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point, run in the tests' local session. */
class KaoheSparkAppTest {
  @TempDir Path dir;

  @Test
  void readsACsvFileAndWritesTheResultsAsParquet() throws Exception {
    LocalSpark.session();
    Path policy = dir.resolve("ties.yaml");
    Files.writeString(policy, PolicyWriter.toYaml(TiesAcrossPartitionsTest.policy("dense")));
    Path input = dir.resolve("firms.csv");
    Files.writeString(input, TiesAcrossPartitionsTest.cells().stream().map(r -> String.join(",", r))
        .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
    Path output = dir.resolve("results");
    int code = KaoheSparkApp.run(new String[] {"--policy", policy.toString(), "--scheme", "firms",
        "--input", input.toString(), "--output", output.toString(), "--periods", "2024"});
    assertThat(code).isZero();
    Dataset<Row> written = LocalSpark.session().read().parquet(output.toString());
    assertThat(written.count()).isEqualTo(600);
    assertThat(written.filter("Place = 1").count()).isPositive();
  }

  @Test
  void writesPerMuClassesAsParquet() throws Exception {
    LocalSpark.session();
    Path policy = dir.resolve("per-mu.yaml");
    Files.writeString(policy, PolicyWriter.toYaml(io.github.kaohe.policy.permu.PerMuPolicy.load()));
    Path input = dir.resolve("firms.csv");
    try (var in = io.github.kaohe.policy.permu.PerMuPolicy.sampleData().get("above-scale").openStream()) {
      Files.write(input, in.readAllBytes());
    }
    Path output = dir.resolve("per-mu");
    int code = KaoheSparkApp.run(new String[] {"--policy", policy.toString(), "--scheme", "above-scale",
        "--input", input.toString(), "--output", output.toString(), "--periods", "2022"});
    assertThat(code).isZero();
    Dataset<Row> written = LocalSpark.session().read().parquet(output.toString());
    assertThat(written.filter("`Class grade` = 'A' and `Place in county` = 1").count()).isEqualTo(3); // one per county
  }

  @Test
  void aMissingOptionIsNamed() {
    assertThat(KaoheSparkApp.run(new String[] {"--policy", "p.yaml"})).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> KaoheSparkApp.options(new String[] {"--policy", "p.yaml"}))
        .hasMessage("missing --scheme, --input, --output, --periods");
  }

  @Test
  void theRowsOnTheDriverAreAWholeNumber() {
    String[] given = {"--policy", "p.yaml", "--scheme", "s", "--input", "i", "--output", "o", "--periods", "2024",
        "--driver-rows", "lots"};
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> KaoheSparkApp.options(given))
        .hasMessage("--driver-rows is a whole number of rows, 1 or more, not lots");
    given[given.length - 1] = "2000000";
    assertThat(KaoheSparkApp.options(given)).containsEntry("driver-rows", "2000000");
  }

  @Test
  void aBadRowInTheInputFileExitsWithTheProblem() throws Exception {
    Path policy = dir.resolve("ties.yaml");
    Files.writeString(policy, PolicyWriter.toYaml(TiesAcrossPartitionsTest.policy("dense")));
    Path input = dir.resolve("bad.csv");
    Files.writeString(input, "entity,period,tax,growth,county\nf1,2024,ten,5,c1\n");
    int code = KaoheSparkApp.run(new String[] {"--policy", policy.toString(), "--scheme", "firms",
        "--input", input.toString(), "--output", dir.resolve("out").toString(), "--periods", "2024"});
    assertThat(code).isEqualTo(2);
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }
}
