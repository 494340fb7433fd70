package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@code kaohe whatif} on {@code small.yaml} (worked in core's SmallPolicyTest): 甲 is second with
 * 22.07, behind b with 24.93. Raising 甲's tax past the greatest, 120 (d's), makes 甲 the best (tax
 * 8.00: total 8 + 2 + 8.40 + 5 = 23.40) and lowers b's tax points to 8 × 80 / x. At x = 169,
 * 640 / 169 = 3.787 → 3.79, b = 3.79 + 1.60 + 10 + 8 = 23.39 &lt; 23.40: first. At 168,
 * 640 / 168 = 3.810 → 3.81, b = 23.41: still second. So 169, +69.
 */
class WhatIfCommandTest {
  private static Cli.Run whatIf(String entity, String... more) {
    String[] args = {"whatif", entity, "--policy", file("small.yaml"), "--data", file("firms.csv")};
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return run(all);
  }

  @Test
  void findsTheSmallestRiseThatReachesThePlaceWithTheBestMovingWithIt() {
    Cli.Run run = whatIf("甲", "--to-place", "1", "--value", "tax");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("甲 · 企业 · 2015：目标 进入前 1 名；现为 第 2 名\n")
        .contains("  → 税收由 100 万元 变为 169 万元（+69），即进入前 1 名（第 1 名）\n");
  }

  @Test
  void answersForEveryValueInEnglish() {
    Cli.Run run = whatIf("a", "--to-place", "1", "--lang", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Alpha · Firms · 2015: goal place 1 or better; now place 2\n")
        .contains("Tax from 100 万元 to 169 万元 (+69) reaches place 1 or better (place 1)")
        .contains("Each value changed alone");
  }

  @Test
  void withinTheDataAloneTheGoalIsOutOfReach() {
    Cli.Run run = whatIf("甲", "--to-place", "1", "--value", "tax", "--beyond", "0");

    assertThat(run.out()).contains("  ✗ 税收在 50～120 万元 之间试过的值都未能进入前 1 名：取 120 时为第 2 名，取 50 时为第 2 名");
  }

  @Test
  void aClassOrARewardTheSchemeDoesNotHaveIsBadInput() {
    assertThat(whatIf("甲", "--to-class", "A").err()).isEqualTo("scheme 'firms' has no classes for --to-class\n");
    assertThat(whatIf("甲", "--to-reward", "rewards").err())
        .isEqualTo("--to-reward takes TABLE/ROW, e.g. industrial-rewards/first-place, not 'rewards'\n");
    assertThat(whatIf("甲", "--to-class", "A").exitCode()).isEqualTo(2);
  }

  @Test
  void oneGoalIsRequired() {
    Cli.Run run = whatIf("甲");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--to-place");
  }
}
