package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {
  @Test
  void aValidPolicyIsSummarisedWithExitCode0() {
    String small = file("small.yaml");

    Cli.Run run = run("validate", small);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(small + ": valid (policy small-test 1.0, 1 scheme, 3 indicators)\n");
  }

  @Test
  void countsTheSchemesAndIndicatorsOfEverySchemes() {
    Cli.Run run = run("validate", file("two-schemes.yaml"));

    assertThat(run.out()).endsWith(": valid (policy two-schemes-test 2.1, 2 schemes, 3 indicators)\n");
  }

  @Test
  void anInvalidPolicyListsEveryProblemWithExitCode1() {
    Cli.Run run = run("validate", file("invalid.yaml"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "invalid.yaml:16:12: schemes[0].total: the categories weigh 22 in all, but total is 20",
            "invalid.yaml:35:13: schemes[0].categories[0].indicators[0].colour: unknown key 'colour'",
            "invalid.yaml:44:17: schemes[0].categories[1].weight: the parts of this category weigh 10")
        .endsWith("invalid.yaml: invalid, 3 errors, 0 warnings\n");
  }

  @Test
  void reportsEveryFileAndExitsWithTheWorstOutcome() {
    Cli.Run run = run("validate", file("small.yaml"), file("invalid.yaml"), "no-such-policy.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains(": valid (policy small-test", "invalid.yaml: invalid, 3 errors", "no-such-policy.yaml: does not exist");
  }

  @Test
  void warningsAreListedButDoNotFailTheCommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path policy = dir.resolve("zero.yaml");
    java.nio.file.Files.writeString(policy, java.nio.file.Files.readString(java.nio.file.Path.of(file("small.yaml")))
        .replace("unit: 万元\n            weight: 8", "unit: 万元\n            weight: 10")
        .replace("weight: 2\n            direction", "weight: 0\n            direction"));

    Cli.Run run = run("validate", policy.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("zero.yaml:36:13: warning: schemes[0].categories[0].indicators[1]: indicator 'place': weighs 0")
        .contains(": valid (policy small-test 1.0, 1 scheme, 3 indicators), 1 warning\n");
  }

  @Test
  void needsAFile() {
    Cli.Run run = run("validate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'FILE'");
  }
}
