package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffCommandTest {
  @Test
  void listsTheChangesAndWhoseResultsTheyChangeOnTheSampleData() {
    Cli.Run run = run("diff", "kaifeng-2014", file("county-overlay.yaml"), "--scheme", "industrial-cluster-zones", "--period", "2015");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Changes from kaifeng-2014 1.0.0 to weishi-county-2015 2015.1: 9\n")
        .contains("  schemes[industrial-cluster-zones].categories[tax].indicators[tax-total].weight: 8 → 9\n")
        .contains("Results on industrial-cluster-zones.csv (industrial-cluster-zones, 2015): \n")
        .contains("  汴西产业集聚区  money: 300 → 150\n");
  }

  @Test
  void aPolicyComparedWithItselfHasNoChanges() {
    Cli.Run run = run("diff", "kaifeng-2014", "kaifeng-2014", "--scheme", "service-zones");

    assertThat(run.out())
        .startsWith("Changes from kaifeng-2014 1.0.0 to kaifeng-2014 1.0.0: none\n")
        .contains("(service-zones, 2016): no change\n");
  }

  @Test
  void anUnknownPolicyIsBadInput() {
    assertThat(run("diff", "kaifeng-2014", "no-such.yaml").exitCode()).isEqualTo(2);
  }

  @Test
  void sharesTheDataAndPeriodOptionsOfTheOtherCommands() {
    Cli.Run run = run("diff", file("small.yaml"), file("small.yaml"), "--data", file("firms.csv"), "--periods", "2014..2015");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("(firms, 2015): no change");
  }
}
