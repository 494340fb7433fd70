package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kaohe.Policies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on the bundled Kaifeng policy and its sample data. */
class KaifengCommandsTest {
  private static final String KAIFENG = "kaifeng-2014";

  @Test
  void writesEverySchemeAsAJsonArray() throws IOException {
    Cli.Run run = run("score", "--policy", KAIFENG, "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode results = new ObjectMapper().readTree(run.out());
    assertThat(results.isArray()).isTrue();
    assertThat(results).extracting(r -> r.get("scheme").asText())
        .containsExactly("industrial-cluster-zones", "service-zones", "industrial-projects", "service-projects",
            "cross-area-firms");
    assertThat(results).extracting(r -> r.get("period").asText()).containsOnly("2016"); // the latest period of the sample data
    assertThat(results.get(0).get("results").get(0).get("entity").asText()).isEqualTo("bianxi");
  }

  @Test
  void csvOfSeveralSchemesAsksForOne() {
    Cli.Run run = run("score", "--policy", KAIFENG, "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("CSV output holds one scheme", "--scheme", "industrial-cluster-zones, service-zones");
  }

  @Test
  void writesTheCsvOfOneScheme() {
    Cli.Run run = run("score", "--policy", KAIFENG, "--scheme", "service-zones", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("\uFEFFPlace,Entity,Name,Total,").contains("\r\n1,");
    assertThat(run.out().lines()).hasSize(1 + 11);
  }

  @Test
  void scoresAnEarlierPeriodOfTheSampleData() {
    Cli.Run run = run("score", "--policy", KAIFENG, "--scheme", "industrial-cluster-zones", "--period", "2014");

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out())).startsWith("产业集聚区发展考核 · Industrial cluster zone assessment · 2014\n");
  }

  @Test
  void explainsAZoneByItsShortName() {
    Cli.Run run = run("explain", "汴西", "--policy", KAIFENG, "--scheme", "industrial-cluster-zones");

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out())).startsWith("汴西产业集聚区 · 产业集聚区发展考核 · 2016\n名次：第 1 名");
  }

  @Test
  void findsTheZoneInWhicheverSchemeHasIt() {
    Cli.Run run = run("explain", "市商务中心区", "--policy", KAIFENG, "--lang", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out())).startsWith("City Central Business District · Service zone assessment · 2016\n");
  }

  @Test
  void tellsTheSchemeOfAUsersFileFromItsHeader(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("my-zones.csv");
    try (InputStream in =
        Policies.find(KAIFENG).orElseThrow().sampleData().get("service-zones").openStream()) {
      Files.copy(in, data);
    }

    Cli.Run run = run("score", "--policy", KAIFENG, "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out()))
        .startsWith("服务业两区考核 · Service zone assessment · 2016\n")
        .doesNotContain(OutputFormat.SAMPLE_NOTE);
  }
}
