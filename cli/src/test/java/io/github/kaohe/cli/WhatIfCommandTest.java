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

  @Test
  void withCostsAddsTheCheapestCombinationAndWhatEachSingleChangeCosts() {
    // Tax alone: +69 at 1 per 万元 = 69; growth alone: +22 at 2 = 44. Together: at growth 22 (the new best), b's
    // growth is 10 × (0.6 + 0.4 × 25 / 27) = 9.70, b 5.33 + 1.60 + 9.70 + 8 = 24.63; 甲 needs tax points 7.63 or more
    // beyond 2 + 10 + 5: tax 115 gives 8 × 115 / 120 = 7.67 (114: 7.60). Cost 15 + 2 × 12 = 39. Growth 20 and tax 119,
    // 21 and 117, 23 and 113 cost 39 too (the frontier runs at the costs' slope); the search proves none costs less.
    Cli.Run run = whatIf("甲", "--to-place", "1", "--cost", "tax=1", "--cost", "tax-growth=2", "--cost-unit", "万元");

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("  → 税收由 100 万元 变为 169 万元（+69），即进入前 1 名（第 1 名）；成本 69 万元\n")
        .contains("  → 税收增速由 10% 变为 32%（+22），即进入前 1 名（第 1 名）；成本 44 万元\n")
        .contains("  ★ 最省的组合：税收由 100 万元 变为 115 万元（+15，成本 15 万元）、税收增速由 10% 变为 22%（+12，成本 24 万元）；"
            + "成本合计 39 万元，即进入前 1 名（第 1 名）\n")
        .contains("分支定界");
  }

  @Test
  void theCheapestCombinationAsJson() {
    Cli.Run run = whatIf("甲", "--to-place", "1", "--cost", "tax=1", "--cost", "tax-growth=2", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"entity\" : \"a\"")
        .contains("\"name\" : {\n    \"zh\" : \"甲\",\n    \"en\" : \"Alpha\"\n  }")
        .contains("\"cost\" : 69")
        .contains("\"cheapest\" : {\n    \"status\" : \"reached\",\n    \"cost\" : 39,\n    \"leastCost\" : 39,\n    \"optimal\" : true");
  }

  @Test
  void everyProblemWithTheCostsIsSaidAtOnce() {
    Cli.Run run = whatIf("甲", "--to-place", "1", "--cost", "tax=x", "--cost", "nope=2", "--cost", "tax-growth=-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("""
        --cost tax=x: expected KEY=COST, a value's key and what one unit of its change costs, e.g. tax=1.5
        --cost nope=2: 'nope' is not a value the scheme reads; it reads [tax, place, tax-growth]
        --cost tax-growth=-1: a cost is 0 or more
        """);
  }
}
