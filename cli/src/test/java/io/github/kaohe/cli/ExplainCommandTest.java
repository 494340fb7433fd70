package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
  private static Cli.Run explain(String entity, String... more) {
    String[] args = {"explain", entity, "--policy", file("small.yaml"), "--data", file("firms.csv")};
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return run(all);
  }

  @Test
  void explainsAnEntityNamedInChinese() {
    Cli.Run run = explain("甲");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Cli.body(run.out()))
        .startsWith("甲 · 企业 · 2015\n名次：第 2 名（共 3 个）")
        .contains("总分 22.07 = 基础分 17.07 + 5.00 加减分", "8 × 100 / 120 = 6.67", "称号: 1 × 5 = 5.00");
  }

  @Test
  void explainsAnEntityGivenByIdInEnglishAndAnotherPeriod() {
    Cli.Run run = explain("b", "--lang", "en", "--period", "2014");

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out())).startsWith("Beta · Firms · 2014\nPlace: 1 of 3");
  }

  @Test
  void saysThatAnEntityTakesNoPlace() {
    assertThat(explain("丁").out()).contains("名次：只参与考核，不参与排序");
  }

  @Test
  void explainsAnEntityOfTheBundledSampleData() {
    Cli.Run run = run("explain", "c", "--policy", SmallTestPolicyProvider.ID);

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out())).startsWith("丙 · 企业 · 2015\n名次：第 3 名（共 3 个）");
  }

  @Test
  void anUnknownEntityIsExitCode2AndTheKnownOnesAreListed() {
    Cli.Run run = explain("戊");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("no entity '戊' in the results; they have: b (乙), a (甲), c (丙), d (丁)\n");
  }

  @Test
  void theEntityIsRequired() {
    Cli.Run run = run("explain", "--policy", SmallTestPolicyProvider.ID);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'ENTITY'");
  }
}
