package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {
  @TempDir Path dir;

  private String kaifengUncertainty() throws IOException {
    Path file = dir.resolve("kaifeng-2014.uncertainty.yaml");
    try (InputStream in = getClass().getResourceAsStream("/io/github/kaohe/policy/kaifeng/kaifeng-2014.uncertainty.yaml")) {
      Files.write(file, in.readAllBytes());
    }
    return file.toString();
  }

  @Test
  void summarisesThePlacesAndIndicesOfTheBundledSampleAndWritesTheHtmlPage() throws IOException {
    Path html = dir.resolve("s.html");
    Cli.Run run = run("sensitivity", "kaifeng-2014", "--uncertainty", kaifengUncertainty(), "--samples", "8", "--lang", "en",
        "--html", html.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Sensitivity analysis kaifeng-2014 industrial-cluster-zones 2016: 8 base samples, places over 16"
            + " samples, seed 2014, 72 evaluations\nNo place changes under the declared uncertainties.\n")
        .contains("Bianxi Industrial Cluster Zone")
        .contains("the weight of Value added")
        // the indices of each zone's own place: no place moves, so 0 for every input
        .contains("Place of", "added S/ST", "Bianxi Industrial Cluster Zone          0.00/0.00");
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .contains("<svg", "id=\"place-intervals\"", "id=\"sobol-indices\"", "汴西产业集聚区");
  }

  @Test
  void writesJsonAndCsv() throws IOException {
    String u = kaifengUncertainty();
    Cli.Run json = run("sensitivity", "kaifeng-2014", "--uncertainty", u, "--samples", "4", "--format", "json");
    Cli.Run csv = run("sensitivity", "kaifeng-2014", "--uncertainty", u, "--samples", "4", "--format", "csv", "--lang", "en");

    assertThat(json.out()).contains("\"kaohe-sensitivity\" : 1", "\"evaluations\" : 36");
    assertThat(csv.out().lines()).hasSize(1 + 7);
    assertThat(csv.out()).startsWith("entity,name,nominal place,median place,place 5%,place 95%,P(first),");
  }

  @Test
  void aBadUncertaintyFileOrSampleSizeIsOneClearMessageAndExitCode2() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "kaohe-uncertainty: 1\nscheme: industrial-cluster-zones\nweights:\n  - {of: tax, within: [0, 120]}\n");
    Cli.Run run = run("sensitivity", "kaifeng-2014", "--uncertainty", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bad.yaml:4:").contains("weights[0].within: the weight of 'tax' would range over [0, 120]"
        + " points, outside (0, 100]").doesNotContain("Exception");

    Cli.Run billion = run("sensitivity", "kaifeng-2014", "--uncertainty", kaifengUncertainty(), "--samples", "1000000000");
    assertThat(billion.exitCode()).isEqualTo(2);
    assertThat(billion.err()).isEqualTo("--samples: must be between 2 and 65536, not 1000000000\n");
  }
}
